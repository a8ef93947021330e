using System.Text.Json.Serialization;

namespace Changji.Pipeline.Curated;

/// <summary>
/// <c>fact_region_summary</c>: area × year over every county evaluated in the run, for the office that
/// oversees several counties (docs/outputs.md §6).
/// </summary>
public sealed record FactRegionSummaryRow
{
    [JsonPropertyName("year")] public int Year { get; init; }
    /// <summary>As in fact_county_verdict: the five areas, then <c>national</c> and <c>plan</c>.</summary>
    [JsonPropertyName("area")] public string Area { get; init; } = "";
    [JsonPropertyName("area_zh")] public string AreaZh { get; init; } = "";
    [JsonPropertyName("counties_evaluated")] public int CountiesEvaluated { get; init; }
    [JsonPropertyName("counties_met")] public int CountiesMet { get; init; }
    [JsonPropertyName("counties_not_met")] public int CountiesNotMet { get; init; }
    /// <summary>Counties whose verdict is neither met nor not met (data missing, pending).</summary>
    [JsonPropertyName("counties_missing")] public int CountiesMissing { get; init; }
    /// <summary>Counties with at least one CV over its limit (the same on every row of the year).</summary>
    [JsonPropertyName("counties_cv_over_limit")] public int CountiesCvOverLimit { get; init; }
    [JsonPropertyName("sort_order")] public int SortOrder { get; init; }
}
