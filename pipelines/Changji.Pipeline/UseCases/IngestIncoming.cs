using Changji.Pipeline.Ports;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// One file of the drop zone, as an event announces it: <see cref="ReceiveFile"/>, record that this
/// version was taken, recompute from its year, drain the outbox. A duplicate (same bytes received
/// before) still recomputes and drains: an earlier delivery may have stopped after recording it, and
/// both steps change nothing when up to date. All of it holds the lock of the folder's year, so files of
/// one year delivered at once are taken one after the other, exactly as a sequential run takes them.
/// </summary>
public sealed class IngestIncoming(IIncomingStore incoming, IReceivedIndex index, ReceiveFile receive, IRecomputeYears recompute, DrainOutbox drain, IYearLocks locks)
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
            var years = outcome.Submission.Year is { } year ? await recompute.RunAsync(year, cancellationToken: cancellationToken).ConfigureAwait(false) : [];
            var outbox = await drain.RunAsync(cancellationToken).ConfigureAwait(false);
            return new IngestResult(path, outcome, years, outbox);
        }
    }
}
