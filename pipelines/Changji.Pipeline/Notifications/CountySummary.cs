using System.Text.Json.Serialization;
using Changji.Pipeline.Alerts;
using Changji.Text;

namespace Changji.Pipeline.Notifications;

/// <summary>
/// One message for many (docs/notifications.md): the per-school events of one county, rule, year and kind
/// (opened, resolved, overdue) as 「昌吉市 2024学年 12 所学校新增预警：学校指标低于最低值」, listing the
/// schools up to <see cref="MaxListed"/>, for channels that want a county's picture rather than a message
/// per school. The outbox and Service Bus still carry every event; each summarised one is recorded
/// delivered with its summary.
/// </summary>
public static class CountySummary
{
    /// <summary>Schools listed in a summary; the rest are counted.</summary>
    public const int MaxListed = 20;

    /// <summary>Events about one school; the others (county items, files) are already one message each.</summary>
    public static bool IsPerSchool(AlertMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.SchoolCode is not null;
    }

    /// <summary>The per-school events grouped by county, rule, year and kind, in the order their first event was queued.</summary>
    public static IEnumerable<IReadOnlyList<AlertMessage>> Groups(IEnumerable<AlertMessage> messages) =>
        messages.Where(IsPerSchool).GroupBy(m => (m.CountyCode, m.Rule, m.Year, m.EventType)).Select(g => (IReadOnlyList<AlertMessage>)[.. g]);

    /// <summary>The summary of one group; <paramref name="countyName"/> names its county.</summary>
    public static Outgoing Of(IReadOnlyList<AlertMessage> group, string countyName)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentOutOfRangeException.ThrowIfZero(group.Count);
        var first = group[0];
        var title = ZhCn.Format("notify.summary.title",
            ("county", countyName), ("year", first.Year), ("count", group.Count), ("event", NotificationText.EventLabel(first.EventType)), ("rule_name", first.RuleNameZh));
        var lines = group.Take(MaxListed).Select(m => ZhCn.Format("notify.summary.line", ("subject", m.Subject), ("message", m.MessageZh))).ToList();
        if (group.Count > MaxListed)
        {
            lines.Add(ZhCn.Format("notify.summary.more", ("count", group.Count - MaxListed)));
        }

        var markdown = "**" + title + "**\n" + string.Join("\n", lines.Select(l => "> " + l));
        var plain = title + "\n\n" + string.Join("\n", lines);
        var body = new SummaryBody(new SummaryHead(first.CountyCode, first.Rule, first.Year, first.EventType, group.Count), group);
        return new Outgoing(title, markdown, plain, PipelineJson.Serialize(body));
    }

    private sealed record SummaryHead(
        [property: JsonPropertyName("countyCode")] string? CountyCode,
        [property: JsonPropertyName("rule")] string Rule,
        [property: JsonPropertyName("year")] int Year,
        [property: JsonPropertyName("event")] string EventType,
        [property: JsonPropertyName("count")] int Count);

    private sealed record SummaryBody([property: JsonPropertyName("summary")] SummaryHead Summary, [property: JsonPropertyName("messages")] IReadOnlyList<AlertMessage> Messages);
}
