using Changji.PowerBI.Tests.Curated;

namespace Changji.PowerBI.Tests;

/// <summary>The stand-in for issue 10's columns adds them before the merge and nothing after it.</summary>
public sealed class CountyContractSchemaSourceTests
{
    private sealed record Published(IReadOnlyList<CuratedTable> Tables) : ICuratedSchemaSource;

    private static readonly CuratedColumn Year = new("year", ParquetKind.Int32, false);

    [Fact]
    public void Published_WithoutIssue10Columns_GainsCountyCodeLastAndTheTwoTables()
    {
        var source = new CountyContractSchemaSource(new Published([new CuratedTable("fact_alert", [Year])]));

        var alert = Assert.Single(source.Tables, t => t.Name == "fact_alert");
        Assert.Equal(["year", "county_code"], alert.Columns.Select(c => c.Name));
        Assert.Equal(ParquetKind.Utf8, alert.Columns[^1].Kind);
        var county = Assert.Single(source.Tables, t => t.Name == "dim_county");
        Assert.Equal(["year", "county_code", "county_name", "prefecture", "province"], county.Columns.Select(c => c.Name));
        Assert.Equal(ParquetKind.Int32, county.Column("year")?.Kind);
        Assert.True(county.Column("prefecture")?.IsNullable);
        var summary = Assert.Single(source.Tables, t => t.Name == "fact_region_summary");
        Assert.Equal(["year", "area", "area_zh", "counties_evaluated", "counties_met", "counties_not_met", "counties_missing", "counties_cv_over_limit", "sort_order"], summary.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Published_WithIssue10Columns_IsTakenAsItIs()
    {
        var code = new CuratedColumn("county_code", ParquetKind.Utf8, false);
        var published = new Published([
            new CuratedTable("fact_alert", [Year, code]),
            new CuratedTable("dim_county", [Year, code, new CuratedColumn("county_name", ParquetKind.Utf8, false)]),
            new CuratedTable("fact_region_summary", [Year]),
        ]);

        var source = new CountyContractSchemaSource(published);

        Assert.Equal(published.Tables, source.Tables);
    }
}
