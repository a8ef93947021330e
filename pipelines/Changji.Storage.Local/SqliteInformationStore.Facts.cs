using Changji.Evaluation.Facts;
using Changji.Pipeline;

namespace Changji.Storage.Local;

public sealed partial class SqliteInformationStore
{
    public Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        IReadOnlyList<int> years = Query(connection, """
            SELECT year FROM school_statistics UNION SELECT year FROM school_funding UNION SELECT year FROM county_figures ORDER BY year
            """, r => r.GetInt32(0));
        return Task.FromResult(years);
    }

    public Task<CountyYear> LoadYearAsync(int year, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        var schools = Query(connection, "SELECT payload FROM school_statistics WHERE year = $year ORDER BY school_code",
            r => PipelineJson.Deserialize<SchoolStatistics>(r.GetString(0)), ("$year", year));
        var funding = Query(connection, "SELECT payload FROM school_funding WHERE year = $year ORDER BY school_code",
            r => PipelineJson.Deserialize<SchoolFunding>(r.GetString(0)), ("$year", year));
        var figures = Query(connection, "SELECT payload FROM county_figures WHERE year = $year ORDER BY code",
            r => PipelineJson.Deserialize<CountyFigure>(r.GetString(0)), ("$year", year));
        return Task.FromResult(new CountyYear { Year = year, Schools = schools, Funding = funding, Figures = figures });
    }
}
