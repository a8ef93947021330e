using System.Text.Json.Serialization;

namespace Changji.Pipeline.Curated;

/// <summary><c>dim_indicator</c>: indicator × level, from the catalogue profile. Level is <c>county</c> for G/Q/S/C items.</summary>
public sealed record DimIndicatorRow
{
    [JsonPropertyName("indicator_code")] public string IndicatorCode { get; init; } = "";
    [JsonPropertyName("area")] public string Area { get; init; } = "";
    [JsonPropertyName("area_zh")] public string AreaZh { get; init; } = "";
    [JsonPropertyName("name_zh")] public string NameZh { get; init; } = "";
    [JsonPropertyName("level")] public string Level { get; init; } = "";
    [JsonPropertyName("threshold")] public double? Threshold { get; init; }
    [JsonPropertyName("floor")] public double? Floor { get; init; }
    [JsonPropertyName("comparator")] public string Comparator { get; init; } = "";
    [JsonPropertyName("unit")] public string Unit { get; init; } = "";
    [JsonPropertyName("source")] public string Source { get; init; } = "";
    [JsonPropertyName("rule_zh")] public string RuleZh { get; init; } = "";
    [JsonPropertyName("profile")] public string Profile { get; init; } = "";
    [JsonPropertyName("sort_order")] public int SortOrder { get; init; }
}
