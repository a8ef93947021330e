using System.Text.Json.Serialization;

namespace Changji.PowerBI.Tests.Curated;

/// <summary><c>dim_county</c> as issue 10 specifies it (county × year), written the way the pipeline writes its rows.</summary>
public sealed record DimCountyContractRow
{
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("county_code")] public string CountyCode { get; init; } = "";
    [JsonPropertyName("county_name")] public string CountyName { get; init; } = "";
    [JsonPropertyName("prefecture")] public string? Prefecture { get; init; }
    [JsonPropertyName("province")] public string? Province { get; init; }
}

/// <summary><c>fact_region_summary</c> as issue 10 specifies it (area × year).</summary>
public sealed record FactRegionSummaryContractRow
{
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("area")] public string Area { get; init; } = "";
    [JsonPropertyName("area_zh")] public string AreaZh { get; init; } = "";
    [JsonPropertyName("counties_evaluated")] public int CountiesEvaluated { get; init; }
    [JsonPropertyName("counties_met")] public int CountiesMet { get; init; }
    [JsonPropertyName("counties_not_met")] public int CountiesNotMet { get; init; }
    [JsonPropertyName("counties_missing")] public int CountiesMissing { get; init; }
    [JsonPropertyName("counties_cv_over_limit")] public int CountiesCvOverLimit { get; init; }
    [JsonPropertyName("sort_order")] public int SortOrder { get; init; }
}

/// <summary>The column every curated table gains last (issue 10): the 6-digit 县级行政区划代码.</summary>
public sealed record CountyCodeContractRow
{
    [JsonPropertyName("county_code")] public string CountyCode { get; init; } = "";
}
