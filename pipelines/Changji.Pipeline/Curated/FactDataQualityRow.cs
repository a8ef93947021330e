using System.Text.Json.Serialization;

namespace Changji.Pipeline.Curated;

/// <summary><c>fact_data_quality</c>: one validation finding of a file received for the year.</summary>
public sealed record FactDataQualityRow
{
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("file")] public string File { get; init; } = "";
    [JsonPropertyName("sha256")] public string Sha256 { get; init; } = "";
    [JsonPropertyName("sheet")] public string? Sheet { get; init; }
    [JsonPropertyName("row")] public int? Row { get; init; }
    [JsonPropertyName("column")] public string? Column { get; init; }
    [JsonPropertyName("value")] public string? Value { get; init; }
    [JsonPropertyName("severity")] public string Severity { get; init; } = "";
    [JsonPropertyName("code")] public string Code { get; init; } = "";
    [JsonPropertyName("message_zh")] public string MessageZh { get; init; } = "";
    /// <summary>县级行政区划代码 of the row's county (docs/outputs.md §6).</summary>
    [JsonPropertyName("county_code")] public string CountyCode { get; init; } = "";
    // Added after county_code (add, don't rename): who uploaded the file through the stewards' page.
    /// <summary>The uploader's display name; null for a file dropped by other means and for cross-file findings.</summary>
    [JsonPropertyName("uploaded_by")] public string? UploadedBy { get; init; }
    /// <summary>The uploader's stable id (Entra object id in Azure, <c>machine\user</c> locally).</summary>
    [JsonPropertyName("uploaded_by_id")] public string? UploadedById { get; init; }
}
