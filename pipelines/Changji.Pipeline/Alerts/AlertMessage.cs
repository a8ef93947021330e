using System.Text.Json.Serialization;

namespace Changji.Pipeline.Alerts;

/// <summary>
/// One alert event for the supervision office, as sent over Service Bus (or written to the outbox
/// folder). <see cref="MessageId"/> is derived from the alert and the event, so the same event is
/// never sent as two messages. The JSON body carries <see cref="SchemaVersion"/>.
/// </summary>
public sealed record AlertMessage
{
    public const int CurrentSchemaVersion = 1;

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
}
