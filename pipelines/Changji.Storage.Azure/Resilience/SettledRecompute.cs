using Changji.Pipeline.Counties;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Submissions;
using Changji.Pipeline.UseCases;

namespace Changji.Storage.Azure.Resilience;

/// <summary>
/// Recomputes until it ran on a settled ledger. Ingests run in parallel (several instances, several
/// messages each): a recompute that overlapped another file's commit may have evaluated without it,
/// so it runs again; one that lost an ETag race on the alert ledger, or whose alert decisions were
/// made from lines another writer changed since (<c>AlertLedgerChangedException</c>), runs again from fresh reads. The
/// last recompute therefore sees every committed file, whatever the interleaving. A recompute of one county
/// runs again only for a file of that county (<see cref="Concerns"/>): files of other counties meanwhile are
/// theirs to recompute. Registered by the Azure host only, around the pipeline's own <see cref="IRecomputeYears"/>.
/// </summary>
public sealed class SettledRecompute(IRecomputeYears inner, ISubmissionLedger ledger, AzureResilience resilience, HomeCounty home) : IRecomputeYears
{
    public const int MaxAttempts = 5;

    private readonly Polly.ResiliencePipeline<(IReadOnlyList<YearResult> Years, bool Settled)> untilSettled =
        resilience.UntilSettled<(IReadOnlyList<YearResult> Years, bool Settled)>(r => r.Settled, MaxAttempts);

    public Task<IReadOnlyList<YearResult>> RunAsync(int fromYear, int? toYear = null, string? county = null, CancellationToken cancellationToken = default) =>
        RunAsync(county, ct => inner.RunAsync(fromYear, toYear, county, ct), cancellationToken);

    public Task<IReadOnlyList<YearResult>> RunCountyAsync(int fromYear, string county, CancellationToken cancellationToken = default) =>
        RunAsync(county, ct => inner.RunCountyAsync(fromYear, county, ct), cancellationToken);

    private async Task<IReadOnlyList<YearResult>> RunAsync(string? county, Func<CancellationToken, Task<IReadOnlyList<YearResult>>> run, CancellationToken cancellationToken)
    {
        var result = await untilSettled.ExecuteAsync(async ct =>
        {
            var before = await CommittedAsync(county, ct).ConfigureAwait(false);
            var years = await run(ct).ConfigureAwait(false);
            var after = await CommittedAsync(county, ct).ConfigureAwait(false);
            return (Years: years, Settled: after == before);
        }, cancellationToken).ConfigureAwait(false);
        return result.Years;
    }

    /// <summary>
    /// Whether a file concerns a recompute of <paramref name="county"/>: every file concerns every county's recompute
    /// (null) and the home county's (the rules about files); another county's, a file that stored its rows, or one
    /// received before files recorded their counties (an accepted file naming none).
    /// </summary>
    public static bool Concerns(SubmissionRecord file, string? county, HomeCounty home)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(home);
        return county is null || county == home.Code || file.Counties.Contains(county, StringComparer.Ordinal)
            || (file.Counties.Count == 0 && file.Status != SubmissionStatus.Rejected);
    }

    private async Task<int> CommittedAsync(string? county, CancellationToken ct) =>
        (await ledger.ListAsync(ct).ConfigureAwait(false)).Count(s => Concerns(s, county, home));
}
