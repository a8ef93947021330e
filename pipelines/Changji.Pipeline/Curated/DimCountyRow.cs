using System.Text.Json.Serialization;

namespace Changji.Pipeline.Curated;

/// <summary><c>dim_county</c>: county × year, each county with facts in the year (docs/outputs.md §6).</summary>
public sealed record DimCountyRow
{
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("county_code")] public string CountyCode { get; init; } = "";
    /// <summary>The name the files give; the home county's setting, or the code, when none does.</summary>
    [JsonPropertyName("county_name")] public string CountyName { get; init; } = "";
    [JsonPropertyName("prefecture")] public string? Prefecture { get; init; }
    [JsonPropertyName("province")] public string? Province { get; init; }
}
