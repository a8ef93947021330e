using Changji.Pipeline.Curated;

namespace Changji.PowerBI.Tests.Curated;

/// <summary>
/// The curated schema once issue 10 lands: every table of the nine ends with <c>county_code</c> (the region-level
/// <c>fact_region_summary</c> has none), and <c>dim_county</c> and
/// <c>fact_region_summary</c> exist. The pipeline adds them in a concurrent change, so whatever the samples do
/// not publish yet is written here with the pipeline's own writer (<see cref="ParquetTable"/>, Parquet.Net) and
/// read back with ParquetSharp. Columns and tables the samples do publish always win, so after the merge this
/// adds nothing and the model is checked against the real files.
/// </summary>
public sealed class CountyContractSchemaSource : ICuratedSchemaSource
{
    public const string CountyCode = "county_code";
    public const string DimCounty = "dim_county";
    public const string FactRegionSummary = "fact_region_summary";

    public CountyContractSchemaSource(ICuratedSchemaSource published)
    {
        ArgumentNullException.ThrowIfNull(published);
        var folder = Path.Combine(Path.GetTempPath(), "changji-powerbi-county-contract", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var countyCode = Single(folder, "county_code", [new CountyCodeContractRow { CountyCode = "652301" }]).Columns.Single();
            var tables = published.Tables
                .Select(t => t.Column(CountyCode) is null && t.Name != FactRegionSummary ? t with { Columns = [.. t.Columns, countyCode] } : t)
                .ToList();
            if (tables.All(t => t.Name != DimCounty))
            {
                tables.Add(Single(folder, DimCounty, [new DimCountyRow { Year = 2025, CountyCode = "652301", CountyName = "昌吉市", Prefecture = "昌吉回族自治州", Province = "新疆维吾尔自治区" }]));
            }

            if (tables.All(t => t.Name != FactRegionSummary))
            {
                tables.Add(Single(folder, FactRegionSummary, [new FactRegionSummaryRow { Year = 2025, Area = "national", AreaZh = "国家标准", CountiesEvaluated = 1, CountiesMet = 0, CountiesNotMet = 1, SortOrder = 6 }]));
            }

            Tables = tables;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public IReadOnlyList<CuratedTable> Tables { get; }

    /// <summary>Whether this source supplies <paramref name="table"/> when the samples publish no file for it.</summary>
    public static bool Supplies(string table) => table is DimCounty or FactRegionSummary;

    private static CuratedTable Single<T>(string folder, string table, IReadOnlyList<T> rows)
        where T : class, new()
    {
        var file = Path.Combine(folder, table + ".parquet");
        File.WriteAllBytes(file, ParquetTable.WriteAsync(rows).GetAwaiter().GetResult());
        return ParquetSchemaReader.Read(table, [file]);
    }
}
