namespace Changji.Pipeline.Curated;

/// <summary>The curated table names of docs/outputs.md §2 (folder and file names under <c>curated/</c>).</summary>
public static class CuratedTables
{
    public const string DimSchool = "dim_school";
    public const string DimIndicator = "dim_indicator";
    public const string FactSchoolIndicator = "fact_school_indicator";
    public const string FactSchoolCompliance = "fact_school_compliance";
    public const string FactCountyVariation = "fact_county_variation";
    public const string FactCountyIndicator = "fact_county_indicator";
    public const string FactCountyVerdict = "fact_county_verdict";
    public const string FactAlert = "fact_alert";
    public const string FactDataQuality = "fact_data_quality";
    public const string DimCounty = "dim_county";
    public const string FactRegionSummary = "fact_region_summary";
    public const string FactSubmission = "fact_submission";

    public static IReadOnlyList<string> All { get; } =
    [
        DimSchool, DimIndicator, FactSchoolIndicator, FactSchoolCompliance,
        FactCountyVariation, FactCountyIndicator, FactCountyVerdict, FactAlert, FactDataQuality,
        DimCounty, FactRegionSummary, FactSubmission,
    ];
}
