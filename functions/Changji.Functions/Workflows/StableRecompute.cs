using Azure;
using Changji.Pipeline.Recompute;
using Changji.Storage.Azure;
using Changji.Storage.Azure.Tables;

namespace Changji.Functions.Workflows;

/// <summary>
/// Recomputes from a year until it ran on a settled ledger. Ingests run in parallel (several instances,
/// several messages each): a recompute that overlapped another file's commit may have evaluated without
/// it, so it runs again; one that lost an ETag race on the alert ledger runs again from fresh reads.
/// The last recompute therefore always sees every committed file, whatever the interleaving.
/// </summary>
public sealed class StableRecompute(AzureWorkspace workspace)
{
    public const int MaxAttempts = 5;

    public async Task<IReadOnlyList<YearResult>> RunAsync(int fromYear, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var before = (await workspace.Store.ListAsync(cancellationToken).ConfigureAwait(false)).Count;
            IReadOnlyList<YearResult> results;
            try
            {
                results = await workspace.Recomputer.RecomputeAsync(fromYear, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException error) when (ConflictRetry.IsConflict(error) && attempt < MaxAttempts)
            {
                continue;
            }

            var after = (await workspace.Store.ListAsync(cancellationToken).ConfigureAwait(false)).Count;
            if (after == before || attempt >= MaxAttempts)
            {
                return results;
            }
        }
    }
}
