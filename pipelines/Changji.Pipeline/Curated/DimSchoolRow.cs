using System.Text.Json.Serialization;

namespace Changji.Pipeline.Curated;

/// <summary><c>dim_school</c>: school × year.</summary>
public sealed record DimSchoolRow
{
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("school_code")] public string SchoolCode { get; init; } = "";
    [JsonPropertyName("school_name")] public string SchoolName { get; init; } = "";
    /// <summary>办学类型 in Chinese, as stewards and leaders name it.</summary>
    [JsonPropertyName("school_type")] public string SchoolType { get; init; } = "";
    [JsonPropertyName("urban_rural")] public string UrbanRural { get; init; } = "";
    [JsonPropertyName("sponsor")] public string Sponsor { get; init; } = "";
    [JsonPropertyName("township")] public string? Township { get; init; }
    /// <summary>True when at least one level of the school is in resource-allocation scope.</summary>
    [JsonPropertyName("in_scope")] public bool InScope { get; init; }
    [JsonPropertyName("exclusion_reason")] public string? ExclusionReason { get; init; }
    [JsonPropertyName("primary_students")] public int PrimaryStudents { get; init; }
    [JsonPropertyName("junior_students")] public int JuniorStudents { get; init; }
    [JsonPropertyName("senior_students")] public int SeniorStudents { get; init; }
    /// <summary>县级行政区划代码 of the row's county (docs/outputs.md §6).</summary>
    [JsonPropertyName("county_code")] public string CountyCode { get; init; } = "";
}
