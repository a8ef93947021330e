using System.Text.Json.Serialization;

namespace Changji.Pipeline.Alerts;

/// <summary>
/// One alert event for the supervision office, as sent over Service Bus (or written to the outbox
/// folder). <see cref="MessageId"/> is derived from the alert and the event, so the same event is
/// never sent as two messages. The JSON body carries <see cref="SchemaVersion"/>.
/// </summary>
public sealed record AlertMessage
{
    /// <summary>2 added <see cref="Audience"/>, the rectification ledger's fields and the event <c>overdue</c>.</summary>
    public const int CurrentSchemaVersion = 2;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string MessageId { get; init; }
    public required string AlertId { get; init; }
    [JsonPropertyName("event")] public required string EventType { get; init; }
    public required string Rule { get; init; }
    public required string RuleNameZh { get; init; }
    public required string Severity { get; init; }
    public required int Year { get; init; }
    public required string Subject { get; init; }
    public string? SchoolCode { get; init; }
    public string? Level { get; init; }
    public string? IndicatorCode { get; init; }
    public required string MessageZh { get; init; }
    public required DateTime OccurredAtUtc { get; init; }
    /// <summary><c>supervision</c> (the county's data) or <c>operations</c> (the pipeline itself); channels receive only their audience.</summary>
    public string Audience { get; init; } = AlertAudience.Supervision.ToCode();
    /// <summary>责任单位 (docs/plan-measures.md).</summary>
    public ValueList<string>? ResponsibleUnits { get; init; }
    /// <summary>The plan's measure numbers.</summary>
    public ValueList<int>? Measures { get; init; }
    /// <summary>整改时限 (Beijing date).</summary>
    public DateOnly? DueDate { get; init; }
    /// <summary>县级行政区划代码 of the county it is about; null for the home county (docs/outputs.md §3).</summary>
    public string? CountyCode { get; init; }
}
