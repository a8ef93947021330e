using Changji.Pipeline.Counties;
using Changji.Pipeline.Ports;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// The recompute of an event-driven host, county by county (docs/azure.md, "Several counties in Azure"): a
/// county is recomputed alone while holding its county's lock and then the lock of the files spanning counties;
/// several counties are sent as one recompute request each, so no function run evaluates more than one county.
/// A store of the home county alone recomputes it in the run, as before counties. A county request runs under its
/// county's lock only and leaves the step spanning counties to a region request per year (<see cref="RegionAsync"/>).
/// </summary>
/// <param name="years">The pipeline's own recompute, whose step spanning counties a region request runs alone.</param>
/// <param name="marks">The years due for that step; only a host that sends region requests has them (the Azure host).</param>
public sealed class RecomputeFanOut(IRecomputeYears recompute, IYearLocks locks, IFactStore facts, IWorkQueues queues, HomeCounty home, RecomputeYears years, IRegionMarks? marks = null)
{
    /// <summary>Every county with facts in any year (<see cref="StoredCounties"/>): the home county first, then the others in code order.</summary>
    /// <remarks>Any year, not only those recomputed: a county whose facts stop still has its next year reconciled (schools gone), as a recompute of every county does.</remarks>
    public async Task<IReadOnlyList<string>> CountiesAsync(CancellationToken cancellationToken = default) =>
        await StoredCounties.ListAsync(facts, await facts.YearsAsync(cancellationToken).ConfigureAwait(false), home, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// A recompute from <paramref name="fromYear"/> of every county (<c>{"year":N}</c>, the daily reconcile): in this run
    /// when the store holds the home county only, else one request per county.
    /// </summary>
    /// <param name="homeHeld">The caller holds the lock of the home county (the year's lock), which is then not taken again.</param>
    public async Task<RecomputeFanOutResult> RunAsync(int fromYear, bool homeHeld = false, CancellationToken cancellationToken = default)
    {
        var counties = await CountiesAsync(cancellationToken).ConfigureAwait(false);
        return counties.Count == 1
            ? new(await RecomputeAsync(fromYear, counties, homeHeld, cancellationToken).ConfigureAwait(false), [])
            : new([], await EnqueueAsync(fromYear, counties, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Each county alone, one after the other, under its lock and then the lock of the files spanning counties.</summary>
    /// <param name="counties">县级行政区划代码.</param>
    /// <param name="homeHeld">
    /// The caller holds the home county's lock (the year's: an ingest or the reconcile, which hold it from their first step
    /// so a one-county store runs exactly as a sequential run), so it is not taken again (a lease is not re-entrant).
    /// </param>
    public async Task<IReadOnlyList<YearResult>> RecomputeAsync(int fromYear, IReadOnlyList<string> counties, bool homeHeld = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(counties);
        var results = new List<YearResult>();
        foreach (var county in counties)
        {
            var held = homeHeld && county == home.Code ? NotTaken.Instance : await locks.AcquireAsync(fromYear, county, cancellationToken).ConfigureAwait(false);
            await using (held.ConfigureAwait(false))
            {
                // The county's run ends by rewriting the files spanning counties and the manifests from every county's.
                var region = await locks.AcquireRegionAsync(cancellationToken).ConfigureAwait(false);
                await using (region.ConfigureAwait(false))
                {
                    results.AddRange(await recompute.RunAsync(fromYear, county: county, cancellationToken: cancellationToken).ConfigureAwait(false));
                }
            }
        }

        return results;
    }

    /// <summary>
    /// One county's request (<c>{"year":N,"county":…}</c>): under its own lock only, so counties run in parallel; the years it
    /// published are marked due for the step spanning counties, then a region request is sent for every due year (the
    /// marks deduplicate them: a request that finds its year's mark gone does nothing).
    /// </summary>
    public async Task<IReadOnlyList<YearResult>> RecomputeCountyAsync(int fromYear, string county, CancellationToken cancellationToken = default)
    {
        var due = marks ?? throw new InvalidOperationException("County requests without the step spanning counties need region marks (IRegionMarks).");
        IReadOnlyList<YearResult> results;
        var held = await locks.AcquireAsync(fromYear, county, cancellationToken).ConfigureAwait(false);
        await using (held.ConfigureAwait(false))
        {
            results = await recompute.RunCountyAsync(fromYear, county, cancellationToken).ConfigureAwait(false);
        }

        // After the marks: a region request never runs before the mark it is for.
        foreach (var year in await due.DueAsync(cancellationToken).ConfigureAwait(false))
        {
            await queues.EnqueueRegionAsync(year, cancellationToken).ConfigureAwait(false);
        }

        return results;
    }

    /// <summary>
    /// A region request (<c>{"year":N,"region":true}</c>): the year's step spanning counties under the region lock, if the
    /// year is still due. The mark is read before the counties' files and cleared only if unchanged, so a county that
    /// published after that read keeps the year due for the request it sent. Returns whether the step ran.
    /// </summary>
    public async Task<bool> RegionAsync(int year, CancellationToken cancellationToken = default)
    {
        var due = marks ?? throw new InvalidOperationException("Region requests need region marks (IRegionMarks).");
        if (await due.ReadAsync(year, cancellationToken).ConfigureAwait(false) is null)
        {
            // A step since the mark covered it: most of the requests of many county runs end here, without the lock.
            return false;
        }

        var region = await locks.AcquireRegionAsync(cancellationToken).ConfigureAwait(false);
        await using (region.ConfigureAwait(false))
        {
            if (await due.ReadAsync(year, cancellationToken).ConfigureAwait(false) is not { } version)
            {
                return false;
            }

            await years.RunRegionAsync(year, cancellationToken).ConfigureAwait(false);
            await due.ClearAsync(year, version, cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    /// <summary>One recompute request per county; returns the counties asked for.</summary>
    public async Task<IReadOnlyList<string>> EnqueueAsync(int fromYear, IReadOnlyList<string> counties, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(counties);
        foreach (var county in counties)
        {
            await queues.EnqueueRecomputeAsync(fromYear, county, cancellationToken).ConfigureAwait(false);
        }

        return counties;
    }

    /// <summary>The counties to recompute after a file: the home county (the rules about files) and every county whose facts it stored.</summary>
    public IReadOnlyList<string> WithHome(IReadOnlyList<string> touched)
    {
        ArgumentNullException.ThrowIfNull(touched);
        return [home.Code, .. touched.Where(c => c != home.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The lock a caller already holds: nothing to release here.</summary>
    private sealed class NotTaken : IAsyncDisposable
    {
        public static readonly NotTaken Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
