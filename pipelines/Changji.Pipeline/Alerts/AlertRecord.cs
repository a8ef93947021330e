using System.Text.Json.Serialization;

namespace Changji.Pipeline.Alerts;

/// <summary>One line of the alert ledger (整改台账).</summary>
public sealed record AlertRecord
{
    /// <summary>Deterministic: derived from the key and the year it opened, so reruns find the same alert.</summary>
    public required string AlertId { get; init; }
    public required string Key { get; init; }
    public required string Rule { get; init; }
    public required string Severity { get; init; }
    public required string Subject { get; init; }
    public string? SchoolCode { get; init; }
    public string? Level { get; init; }
    public string? IndicatorCode { get; init; }
    /// <summary>The latest message for the alert (updated while it stays open).</summary>
    public required string MessageZh { get; init; }
    public required AlertStatus Status { get; init; }
    public required int OpenedYear { get; init; }
    public required DateTime OpenedAtUtc { get; init; }
    public int? ResolvedYear { get; init; }
    public DateTime? ResolvedAtUtc { get; init; }
    /// <summary>The evaluation profile that raised it (null for file and pipeline rules, and for lines older than this field).</summary>
    public string? Profile { get; init; }
    /// <summary>县级行政区划代码 of the county it is about; null for the home county (and for lines older than counties).</summary>
    public string? CountyCode { get; init; }
    /// <summary>The latest year in which the rule still fired.</summary>
    public required int LastSeenYear { get; init; }

    // The rectification ledger (docs/outputs.md §3, docs/plan-measures.md).
    /// <summary>责任单位: the units of the plan's measures answering for the alert, then units named directly; null when the profile has no plan or the plan names none.</summary>
    public ValueList<string>? ResponsibleUnits { get; init; }
    /// <summary>The plan's measure numbers answering for the alert, most relevant first.</summary>
    public ValueList<int>? Measures { get; init; }
    /// <summary>整改时限: the Beijing date by which it should be resolved (the day it opened plus the days its severity allows).</summary>
    public DateOnly? DueDate { get; init; }
    /// <summary>When it was found still open past <see cref="DueDate"/> (逾期未整改); null while it is not.</summary>
    public DateTime? OverdueAtUtc { get; init; }

    /// <summary>It has been open past its deadline (it stays marked after a late resolution).</summary>
    [JsonIgnore] public bool Overdue => OverdueAtUtc is not null;

    /// <summary>The severity people see: the rule's, one step higher once overdue.</summary>
    [JsonIgnore] public string DisplayedSeverity =>
        Overdue ? RectificationDeadline.Escalated(AlertSeverityCodes.Map.Parse(Severity)).ToCode() : Severity;
}
