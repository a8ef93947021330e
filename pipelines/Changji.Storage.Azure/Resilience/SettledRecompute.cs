using Changji.Pipeline.Ports;
using Changji.Pipeline.UseCases;

namespace Changji.Storage.Azure.Resilience;

/// <summary>
/// Recomputes until it ran on a settled ledger. Ingests run in parallel (several instances, several
/// messages each): a recompute that overlapped another file's commit may have evaluated without it,
/// so it runs again; one that lost an ETag race on the alert ledger, or whose alert decisions were
/// made from lines another writer changed since (<c>AlertLedgerChangedException</c>), runs again from fresh reads. The
/// last recompute therefore sees every committed file, whatever the interleaving. Registered by the
/// Azure host only, around the pipeline's own <see cref="IRecomputeYears"/>.
/// </summary>
public sealed class SettledRecompute(IRecomputeYears inner, ISubmissionLedger ledger, AzureResilience resilience) : IRecomputeYears
{
    public const int MaxAttempts = 5;

    private readonly Polly.ResiliencePipeline<(IReadOnlyList<YearResult> Years, bool Settled)> untilSettled =
        resilience.UntilSettled<(IReadOnlyList<YearResult> Years, bool Settled)>(r => r.Settled, MaxAttempts);

    public async Task<IReadOnlyList<YearResult>> RunAsync(int fromYear, int? toYear = null, string? county = null, CancellationToken cancellationToken = default)
    {
        var result = await untilSettled.ExecuteAsync(async ct =>
        {
            var before = (await ledger.ListAsync(ct).ConfigureAwait(false)).Count;
            var years = await inner.RunAsync(fromYear, toYear, county, ct).ConfigureAwait(false);
            var after = (await ledger.ListAsync(ct).ConfigureAwait(false)).Count;
            return (Years: years, Settled: after == before);
        }, cancellationToken).ConfigureAwait(false);
        return result.Years;
    }
}
