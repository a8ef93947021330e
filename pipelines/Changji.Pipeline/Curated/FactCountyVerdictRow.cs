using System.Text.Json.Serialization;

namespace Changji.Pipeline.Curated;

/// <summary>
/// <c>fact_county_verdict</c>: area × year, for the five areas and the <c>national</c> and <c>plan</c>
/// verdicts (docs/outputs.md §2).
/// </summary>
public sealed record FactCountyVerdictRow
{
    [JsonPropertyName("year")] public int Year { get; init; }
    /// <summary><c>resource</c>, <c>guarantee</c>, <c>quality</c>, <c>recognition</c>, <c>commitments</c>, <c>national</c> or <c>plan</c>.</summary>
    [JsonPropertyName("area")] public string Area { get; init; } = "";
    [JsonPropertyName("area_zh")] public string AreaZh { get; init; } = "";
    [JsonPropertyName("status")] public string Status { get; init; } = "";
    /// <summary>The codes that are not met, comma-separated (e.g. <c>L2,G5</c>); for <c>resource</c> also rejected schools' codes.</summary>
    [JsonPropertyName("blocking_codes")] public string BlockingCodes { get; init; } = "";
    [JsonPropertyName("note")] public string Note { get; init; } = "";
    [JsonPropertyName("sort_order")] public int SortOrder { get; init; }
    /// <summary>县级行政区划代码 of the row's county (docs/outputs.md §6).</summary>
    [JsonPropertyName("county_code")] public string CountyCode { get; init; } = "";
}
