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

    public Task<IReadOnlyList<string?>> CountiesAsync(int year, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        IReadOnlyList<string?> counties = Query(connection, $"""
            SELECT {SqliteSchema.County} AS c FROM school_statistics WHERE year = $year
            UNION SELECT {SqliteSchema.County} FROM school_funding WHERE year = $year
            UNION SELECT {SqliteSchema.County} FROM county_figures WHERE year = $year
            ORDER BY c
            """, r => r.IsDBNull(0) ? null : r.GetString(0), ("$year", year));
        return Task.FromResult(counties);
    }

    /// <summary>Each table read through its index on (year, county): one county's rows, then sorted, without testing the others'.</summary>
    public Task<CountyYear> LoadCountyYearAsync(int year, string? county, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        var where = $"year = $year AND {SqliteSchema.County} " + (county is null ? "IS NULL" : "= $county");
        (string, object?)[] parameters = county is null ? [("$year", year)] : [("$year", year), ("$county", county)];
        // INDEXED BY: the planner would otherwise walk the primary key for the order and test every row of the year.
        var schools = Query(connection, $"SELECT payload FROM school_statistics INDEXED BY school_statistics_by_county WHERE {where} ORDER BY school_code",
            r => PipelineJson.Deserialize<SchoolStatistics>(r.GetString(0)), parameters);
        var funding = Query(connection, $"SELECT payload FROM school_funding INDEXED BY school_funding_by_county WHERE {where} ORDER BY school_code",
            r => PipelineJson.Deserialize<SchoolFunding>(r.GetString(0)), parameters);
        var figures = Query(connection, $"SELECT payload FROM county_figures INDEXED BY county_figures_by_county WHERE {where} ORDER BY code",
            r => PipelineJson.Deserialize<CountyFigure>(r.GetString(0)), parameters);
        return Task.FromResult(new CountyYear { Year = year, Schools = schools, Funding = funding, Figures = figures });
    }
}
