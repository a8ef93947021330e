using Changji.Evaluation.Facts;

namespace Changji.Pipeline.Counties;

/// <summary>
/// Splits a year of the information database into its counties (docs/data-flow.md): each county gets
/// its own CVs, verdicts and alerts, exactly as if its files had been run alone. The home county is
/// always present (the submission rules speak for it), the others in code order after it.
/// </summary>
public static class CountySplit
{
    public static IReadOnlyList<CountySlice> Split(CountyYear current, CountyYear? before, HomeCounty home)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(home);
        if (IsHomeOnly(current) && (before is null || IsHomeOnly(before)))
        {
            // One county, the usual case: no copies.
            return [new CountySlice(home.Code, current, before)];
        }

        var previousCounty = before?.Schools.ToDictionary(s => s.SchoolCode, s => home.Resolve(s.CountyCode), StringComparer.Ordinal) ?? [];
        var now = Lookups.Of(current, home, previousCounty);
        var then = before is null ? null : Lookups.Of(before, home, previousCounty);
        var others = now.Codes.Union(then?.Codes ?? []).Where(c => c != home.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return [.. new[] { home.Code }.Concat(others).Select(code => new CountySlice(code, now.Year(current, code), then?.Year(before!, code)))];
    }

    private static bool IsHomeOnly(CountyYear year) =>
        year.Schools.All(s => s.CountyCode is null) && year.Funding.All(f => f.CountyCode is null) && year.Figures.All(f => f.CountyCode is null);

    /// <summary>Built once per year, so splitting costs one pass whatever the number of counties.</summary>
    private sealed record Lookups(ILookup<string, SchoolStatistics> Schools, ILookup<string, SchoolFunding> Funding, ILookup<string, CountyFigure> Figures, ILookup<string, string> Rejected)
    {
        public IEnumerable<string> Codes => Schools.Select(g => g.Key).Concat(Funding.Select(g => g.Key)).Concat(Figures.Select(g => g.Key));

        /// <summary>A rejected school belongs to the county it was in the year before, else to the home county.</summary>
        public static Lookups Of(CountyYear year, HomeCounty home, Dictionary<string, string> previousCounty) => new(
            year.Schools.ToLookup(s => home.Resolve(s.CountyCode), StringComparer.Ordinal),
            year.Funding.ToLookup(f => home.Resolve(f.CountyCode), StringComparer.Ordinal),
            year.Figures.ToLookup(f => home.Resolve(f.CountyCode), StringComparer.Ordinal),
            year.RejectedSchools.ToLookup(s => previousCounty.GetValueOrDefault(s, home.Code), StringComparer.Ordinal));

        public CountyYear Year(CountyYear year, string code) => year with
        {
            Schools = [.. Schools[code]],
            Funding = [.. Funding[code]],
            Figures = [.. Figures[code]],
            RejectedSchools = [.. Rejected[code]],
        };
    }
}
