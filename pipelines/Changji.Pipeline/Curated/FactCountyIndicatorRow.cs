using System.Text.Json.Serialization;

namespace Changji.Pipeline.Curated;

/// <summary><c>fact_county_indicator</c>: G/Q/S/C item × year, one row per item (verdicts: <see cref="FactCountyVerdictRow"/>).</summary>
public sealed record FactCountyIndicatorRow
{
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("indicator_code")] public string IndicatorCode { get; init; } = "";
    [JsonPropertyName("area")] public string Area { get; init; } = "";
    [JsonPropertyName("value")] public double? Value { get; init; }
    [JsonPropertyName("threshold")] public double? Threshold { get; init; }
    [JsonPropertyName("status")] public string Status { get; init; } = "";
    [JsonPropertyName("note")] public string? Note { get; init; }
    [JsonPropertyName("failures")] public int Failures { get; init; }
    /// <summary>县级行政区划代码 of the row's county (docs/outputs.md §6).</summary>
    [JsonPropertyName("county_code")] public string CountyCode { get; init; } = "";
}
