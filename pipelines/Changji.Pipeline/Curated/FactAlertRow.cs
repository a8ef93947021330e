using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace Changji.Pipeline.Curated;

/// <summary><c>fact_alert</c>: the alert ledger (整改台账) as of the run, one row per alert.</summary>
public sealed record FactAlertRow
{
    [JsonPropertyName("alert_id")] public string AlertId { get; init; } = "";
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("rule")] public string Rule { get; init; } = "";
    [JsonPropertyName("rule_zh")] public string RuleZh { get; init; } = "";
    [JsonPropertyName("severity")] public string Severity { get; init; } = "";
    [JsonPropertyName("severity_zh")] public string SeverityZh { get; init; } = "";
    /// <summary>What the alert is about: a school code, <c>county</c>, a file name or a queue.</summary>
    [JsonPropertyName("subject")] public string Subject { get; init; } = "";
    /// <summary>The 10-digit 学校标识码 when the alert is about a school, never a display name.</summary>
    [JsonPropertyName("school_code")] public string? SchoolCode { get; init; }
    [JsonPropertyName("level")] public string? Level { get; init; }
    [JsonPropertyName("indicator_code")] public string? IndicatorCode { get; init; }
    [JsonPropertyName("message_zh")] public string MessageZh { get; init; } = "";
    [JsonPropertyName("status")] public string Status { get; init; } = "";
    [JsonPropertyName("opened_at"), ParquetTimestamp] public DateTime OpenedAt { get; init; }
    [JsonPropertyName("resolved_at"), ParquetTimestamp] public DateTime? ResolvedAt { get; init; }
    [JsonPropertyName("opened_year")] public int OpenedYear { get; init; }
    [JsonPropertyName("resolved_year")] public int? ResolvedYear { get; init; }

    // The rectification ledger's columns (docs/outputs.md §2, docs/plan-measures.md).
    /// <summary>整改时限: the Beijing date by which the line should be resolved.</summary>
    [JsonPropertyName("due_date")] public DateOnly? DueDate { get; init; }
    /// <summary>逾期未整改: it has been open past its due date (it stays true after a late resolution).</summary>
    [JsonPropertyName("overdue")] public bool? Overdue { get; init; }
    /// <summary>责任单位, in Chinese, separated by 、.</summary>
    [JsonPropertyName("responsible_units")] public string? ResponsibleUnits { get; init; }
    /// <summary>The plan's measure numbers, separated by commas.</summary>
    [JsonPropertyName("measures")] public string? Measures { get; init; }
    /// <summary>县级行政区划代码 of the row's county (docs/outputs.md §6).</summary>
    [JsonPropertyName("county_code")] public string CountyCode { get; init; } = "";
}
