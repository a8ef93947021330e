using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace Changji.Pipeline.Curated;

/// <summary><c>fact_alert</c>: the alert ledger (整改台账) as of the run, one row per alert.</summary>
public sealed record FactAlertRow
{
    [JsonPropertyName("alert_id")] public string AlertId { get; init; } = "";
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("rule")] public string Rule { get; init; } = "";
    [JsonPropertyName("severity")] public string Severity { get; init; } = "";
    /// <summary>What the alert is about: a school code, <c>county</c>, or a file name.</summary>
    [JsonPropertyName("subject")] public string Subject { get; init; } = "";
    [JsonPropertyName("school_code")] public string? SchoolCode { get; init; }
    [JsonPropertyName("level")] public string? Level { get; init; }
    [JsonPropertyName("indicator_code")] public string? IndicatorCode { get; init; }
    [JsonPropertyName("message_zh")] public string MessageZh { get; init; } = "";
    [JsonPropertyName("status")] public string Status { get; init; } = "";
    [JsonPropertyName("opened_at"), ParquetTimestamp] public DateTime OpenedAt { get; init; }
    [JsonPropertyName("resolved_at"), ParquetTimestamp] public DateTime? ResolvedAt { get; init; }
    [JsonPropertyName("opened_year")] public int OpenedYear { get; init; }
    [JsonPropertyName("resolved_year")] public int? ResolvedYear { get; init; }
}
