using System.Text.Json.Serialization;

namespace Changji.Pipeline.Curated;

/// <summary><c>fact_school_compliance</c>: school × level × year (the 6-of-7 school rule).</summary>
public sealed record FactSchoolComplianceRow
{
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("school_code")] public string SchoolCode { get; init; } = "";
    [JsonPropertyName("level")] public string Level { get; init; } = "";
    [JsonPropertyName("indicators_met")] public int IndicatorsMet { get; init; }
    [JsonPropertyName("indicators_missing")] public int IndicatorsMissing { get; init; }
    [JsonPropertyName("passed")] public bool Passed { get; init; }
    [JsonPropertyName("status")] public string Status { get; init; } = "";
    /// <summary>Codes below threshold, comma-separated (e.g. "L2,L5").</summary>
    [JsonPropertyName("missed")] public string Missed { get; init; } = "";
    [JsonPropertyName("below_floor")] public string BelowFloor { get; init; } = "";
    /// <summary>县级行政区划代码 of the row's county (docs/outputs.md §6).</summary>
    [JsonPropertyName("county_code")] public string CountyCode { get; init; } = "";
}
