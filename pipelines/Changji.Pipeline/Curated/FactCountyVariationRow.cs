using System.Text.Json.Serialization;

namespace Changji.Pipeline.Curated;

/// <summary><c>fact_county_variation</c>: level × L-indicator × year.</summary>
public sealed record FactCountyVariationRow
{
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("level")] public string Level { get; init; } = "";
    [JsonPropertyName("indicator_code")] public string IndicatorCode { get; init; } = "";
    [JsonPropertyName("schools")] public int Schools { get; init; }
    [JsonPropertyName("students")] public long Students { get; init; }
    [JsonPropertyName("mean")] public double? Mean { get; init; }
    [JsonPropertyName("std_dev")] public double? StdDev { get; init; }
    [JsonPropertyName("cv")] public double? Cv { get; init; }
    [JsonPropertyName("cv_limit")] public double CvLimit { get; init; }
    [JsonPropertyName("passed")] public bool Passed { get; init; }
    [JsonPropertyName("status")] public string Status { get; init; } = "";
    /// <summary>Why the CV is missing when every unit's numerator is zero (0/0), else null.</summary>
    [JsonPropertyName("note")] public string? Note { get; init; }
    /// <summary>县级行政区划代码 of the row's county (docs/outputs.md §6).</summary>
    [JsonPropertyName("county_code")] public string CountyCode { get; init; } = "";
}
