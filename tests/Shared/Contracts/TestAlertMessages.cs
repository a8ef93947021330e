using Changji.Pipeline.Alerts;

namespace Changji.Testing.Contracts;

/// <summary>A plain opened school alert for delivery tests, where the ledger and the channels are under test, not the text.</summary>
internal static class TestAlertMessages
{
    public static AlertMessage Opened(string id, DateTime? occurredAtUtc = null) => new()
    {
        MessageId = id,
        AlertId = "a" + id,
        EventType = "opened",
        Rule = "school_below_floor",
        RuleNameZh = "学校指标低于最低值",
        Severity = "high",
        Year = 2023,
        Subject = "3652010019",
        MessageZh = "【预警】…",
        OccurredAtUtc = occurredAtUtc ?? new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc),
    };
}
