using Changji.Pipeline.Ports;

namespace Changji.Pipeline.Counties;

/// <summary>The counties an information database holds facts of, as a recompute of every county and the fan-out both take them.</summary>
public static class StoredCounties
{
    /// <summary>
    /// Every county with facts in any of <paramref name="years"/>, as codes: the home county first (always: the rules
    /// about files speak for it), then the others in code order.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ListAsync(IFactStore facts, IEnumerable<int> years, HomeCounty home, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(home);
        var others = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var year in years)
        {
            others.UnionWith((await facts.CountiesAsync(year, cancellationToken).ConfigureAwait(false)).Select(home.Resolve));
        }

        others.Remove(home.Code);
        return [home.Code, .. others];
    }
}
