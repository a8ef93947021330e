using Changji.Pipeline.Ports;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// One file of the drop zone, as an event announces it: <see cref="ReceiveFile"/>, record that this
/// version was taken, recompute from its year the counties the file touched with the home county (the rules
/// about files) — in this run when its rows are of one county, one recompute request per county when of
/// several (<see cref="RecomputeFanOut"/>, docs/azure.md) — and drain the outbox. All of it holds the lock of the
/// folder's year (the home county's; another county's recompute takes its county's lock too), so files of one
/// year delivered at once are taken one after the other, exactly as a sequential run takes them. A duplicate (same bytes received before) still recomputes and drains: an earlier
/// delivery may have stopped after recording it, and both steps change nothing when up to date.
/// </summary>
public sealed class IngestIncoming(IIncomingStore incoming, IReceivedIndex index, ReceiveFile receive, RecomputeFanOut recompute, DrainOutbox drain, IYearLocks locks)
{
    public async Task<IngestResult> RunAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!IncomingPath.IsSubmission(path) || await incoming.GetAsync(path, cancellationToken).ConfigureAwait(false) is not { } file)
        {
            return new IngestResult(path, null, [], null);
        }

        var held = await locks.AcquireAsync(IncomingPath.FolderYear(path), cancellationToken).ConfigureAwait(false);
        await using (held.ConfigureAwait(false))
        {
            var outcome = await receive.RunAsync(file, cancellationToken).ConfigureAwait(false);
            await index.RecordAsync(new IncomingEntry(file.Path, file.Version), outcome.Submission.Sha256, cancellationToken).ConfigureAwait(false);
            var recomputed = outcome.Submission.Year is { } year ? await RecomputeAsync(year, outcome.Submission, cancellationToken).ConfigureAwait(false) : new([], []);
            var outbox = await drain.RunAsync(cancellationToken).ConfigureAwait(false);
            return new IngestResult(path, outcome, recomputed.Years, outbox) { RecomputesEnqueued = recomputed.Enqueued };
        }
    }

    private async Task<RecomputeFanOutResult> RecomputeAsync(int year, SubmissionRecord submission, CancellationToken ct)
    {
        if (submission.Status != SubmissionStatus.Rejected && submission.Counties.Count == 0)
        {
            // Received before files recorded their counties: any county of the year may have changed.
            return await recompute.RunAsync(year, homeHeld: true, ct).ConfigureAwait(false);
        }

        var counties = recompute.WithHome(submission.Counties);
        return submission.Counties.Count <= 1
            ? new(await recompute.RecomputeAsync(year, counties, homeHeld: true, ct).ConfigureAwait(false), [])
            : new([], await recompute.EnqueueAsync(year, counties, ct).ConfigureAwait(false));
    }
}
