using System.Text.Json.Serialization;

namespace Changji.Pipeline.Curated;

/// <summary><c>fact_school_indicator</c>: school × level × L-indicator × year.</summary>
public sealed record FactSchoolIndicatorRow
{
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("school_code")] public string SchoolCode { get; init; } = "";
    [JsonPropertyName("level")] public string Level { get; init; } = "";
    [JsonPropertyName("indicator_code")] public string IndicatorCode { get; init; } = "";
    [JsonPropertyName("numerator")] public double? Numerator { get; init; }
    [JsonPropertyName("students")] public int Students { get; init; }
    [JsonPropertyName("value")] public double? Value { get; init; }
    [JsonPropertyName("threshold")] public double Threshold { get; init; }
    [JsonPropertyName("floor")] public double Floor { get; init; }
    [JsonPropertyName("met")] public bool? Met { get; init; }
    [JsonPropertyName("above_floor")] public bool? AboveFloor { get; init; }
    /// <summary>What the unit lacks in the numerator's own unit (teachers, m², 元, rooms); 0 when met.</summary>
    [JsonPropertyName("gap")] public double? Gap { get; init; }
    [JsonPropertyName("status")] public string Status { get; init; } = "";
    /// <summary>县级行政区划代码 of the row's county (docs/outputs.md §6).</summary>
    [JsonPropertyName("county_code")] public string CountyCode { get; init; } = "";
}
