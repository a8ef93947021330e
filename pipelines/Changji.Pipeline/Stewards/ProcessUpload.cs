using Changji.Pipeline.Ports;
using Changji.Pipeline.Submissions;
using Changji.Pipeline.UseCases;

namespace Changji.Pipeline.Stewards;

/// <summary>
/// Processes an uploaded file at once, for a host without events (<c>changji serve</c>): what
/// <c>changji run</c> does for it — <see cref="ReceiveFile"/>, recompute from its year, drain the outbox.
/// Null when the file is gone.
/// </summary>
public sealed class ProcessUpload(IIncomingStore incoming, ReceiveFile receive, IRecomputeYears recompute, DrainOutbox drain)
{
    public async Task<SubmissionOutcome?> RunAsync(string path, CancellationToken cancellationToken = default)
    {
        if (await incoming.GetAsync(path, cancellationToken).ConfigureAwait(false) is not { } file)
        {
            return null;
        }

        var outcome = await receive.RunAsync(file, cancellationToken).ConfigureAwait(false);
        if (outcome.Submission.Year is { } year)
        {
            await recompute.RunAsync(year, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await drain.RunAsync(cancellationToken).ConfigureAwait(false);
        return outcome;
    }
}
