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
    /// <summary>The latest year in which the rule still fired.</summary>
    public required int LastSeenYear { get; init; }
}
