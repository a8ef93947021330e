using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace Changji.Pipeline.Curated;

/// <summary>
/// <c>fact_submission</c>: one file received for the year, whatever its outcome — the submission ledger
/// as Power BI reads it. Uploads per steward are counted here: <c>fact_data_quality</c> has rows only for
/// files with findings, so a clean upload would not appear there.
/// </summary>
public sealed record FactSubmissionRow
{
    [JsonPropertyName("year")] public int Year { get; init; }
    /// <summary>Path as dropped, relative to <c>incoming/</c> (e.g. <c>2025/学校基础数据.xlsx</c>).</summary>
    [JsonPropertyName("file")] public string File { get; init; } = "";
    [JsonPropertyName("sha256")] public string Sha256 { get; init; } = "";
    /// <summary><c>statistics</c>, <c>funding</c>, <c>county_figures</c>…; null when the kind was not recognised.</summary>
    [JsonPropertyName("kind")] public string? Kind { get; init; }
    [JsonPropertyName("kind_zh")] public string KindZh { get; init; } = "";
    /// <summary><c>accepted</c>, <c>partially_accepted</c>, <c>rejected</c>.</summary>
    [JsonPropertyName("status")] public string Status { get; init; } = "";
    [JsonPropertyName("status_zh")] public string StatusZh { get; init; } = "";
    [JsonPropertyName("rows_read")] public int RowsRead { get; init; }
    [JsonPropertyName("rows_accepted")] public int RowsAccepted { get; init; }
    [JsonPropertyName("rows_rejected")] public int RowsRejected { get; init; }
    [JsonPropertyName("errors")] public int Errors { get; init; }
    [JsonPropertyName("warnings")] public int Warnings { get; init; }
    /// <summary>Who uploaded it through the stewards' page (display name); null for a file dropped by other means.</summary>
    [JsonPropertyName("uploaded_by")] public string? UploadedBy { get; init; }
    /// <summary>The uploader's stable id: Entra object id in Azure, <c>machine\user</c> locally.</summary>
    [JsonPropertyName("uploaded_by_id")] public string? UploadedById { get; init; }
    /// <summary>When the pipeline received it (UTC instant).</summary>
    [JsonPropertyName("received_at"), ParquetTimestamp] public DateTime ReceivedAt { get; init; }
    /// <summary>The same instant in Beijing time, <c>yyyy-MM-dd HH:mm:ss</c>, as the stewards' page shows it.</summary>
    [JsonPropertyName("received_at_beijing")] public string ReceivedAtBeijing { get; init; } = "";
    /// <summary>The Beijing calendar date it was received.</summary>
    [JsonPropertyName("received_date")] public DateOnly ReceivedDate { get; init; }
    /// <summary>县级行政区划代码 of the home county the file was received under (docs/outputs.md §6).</summary>
    [JsonPropertyName("county_code")] public string CountyCode { get; init; } = "";
}
