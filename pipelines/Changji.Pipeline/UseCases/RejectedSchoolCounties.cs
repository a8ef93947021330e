using Changji.Evaluation.Facts;
using Changji.Ingestion;
using Changji.Pipeline.Counties;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// Schools a statistics file of the year named in a row that was not accepted, and that no file has
/// supplied validly since: the engine counts their levels as missing (docs/standard.md §6). Each belongs
/// to the county it was in the year before, else to the home county. Deciding that needs the whole year
/// and the one before, so they are read only for a year that has such schools (rare: most years have
/// none and cost nothing), once per run.
/// </summary>
internal sealed class RejectedSchoolCounties(IFactStore facts, IReadOnlyList<SubmissionRecord> received, HomeCounty home)
{
    private readonly Dictionary<int, ILookup<string, string>> byYear = [];

    /// <summary>The county's rejected schools of the year, ordered, added to its facts.</summary>
    public async Task<CountyYear> AddToAsync(CountyYear year, string county, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(year);
        var codes = (await OfYearAsync(year.Year, ct).ConfigureAwait(false))[county].ToList();
        return codes.Count == 0 ? year : year with { RejectedSchools = codes };
    }

    private async Task<ILookup<string, string>> OfYearAsync(int year, CancellationToken ct)
    {
        if (byYear.TryGetValue(year, out var known))
        {
            return known;
        }

        var named = received
            .Where(s => s.Year == year && s.Kind == FileKind.Statistics)
            .SelectMany(s => s.RejectedSchools)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (named.Count == 0)
        {
            return byYear[year] = Array.Empty<string>().ToLookup(c => c, StringComparer.Ordinal);
        }

        var accepted = (await facts.LoadYearAsync(year, ct).ConfigureAwait(false)).Schools.Select(s => s.SchoolCode).ToHashSet(StringComparer.Ordinal);
        var before = await facts.LoadYearAsync(year - 1, ct).ConfigureAwait(false);
        var wasIn = before.Schools.Count > 0 || before.Funding.Count > 0 || before.Figures.Count > 0
            ? before.Schools.ToDictionary(s => s.SchoolCode, s => home.Resolve(s.CountyCode), StringComparer.Ordinal)
            : [];
        return byYear[year] = named
            .Where(code => !accepted.Contains(code))
            .Order(StringComparer.Ordinal)
            .ToLookup(code => wasIn.GetValueOrDefault(code, home.Code), StringComparer.Ordinal);
    }
}
