using Changji.Pipeline.Ports;

namespace Changji.Pipeline.Templates;

/// <summary>The schools of the information database's latest year, ordered by code, to prefill templates.</summary>
public static class TemplateSchools
{
    public static async Task<IReadOnlyList<TemplateSchool>> LatestAsync(IFactStore facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var years = await facts.YearsAsync(cancellationToken).ConfigureAwait(false);
        if (years.Count == 0)
        {
            return [];
        }

        var year = await facts.LoadYearAsync(years[^1], cancellationToken).ConfigureAwait(false);
        return [.. year.Schools.OrderBy(s => s.SchoolCode, StringComparer.Ordinal).Select(s => new TemplateSchool(s.SchoolCode, s.SchoolName, s.SchoolType))];
    }
}
