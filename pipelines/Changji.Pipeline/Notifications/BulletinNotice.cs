using System.Globalization;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Reports;
using Changji.Text;

namespace Changji.Pipeline.Notifications;

/// <summary>
/// The short notice that a 督查通报 was written (docs/notifications.md): its number, period, counts and where it lies.
/// It travels as an outbox message like an alert, so the delivery ledger sends it once per channel however often the
/// bulletin is written again: its id depends only on the period. Only channels with <see cref="Channel.Bulletins"/> take it.
/// </summary>
public static class BulletinNotice
{
    /// <summary>The rule code of the notice; it is no alert and never enters the alert ledger, only the outbox.</summary>
    public const string Rule = "bulletin";

    /// <summary>Its event: the bulletin was issued (印发).</summary>
    public const string EventType = "published";

    /// <summary>Separates the notice's lines inside <see cref="AlertMessage.MessageZh"/>, which is one line in a digest.</summary>
    private const string LineSeparator = "；";

    /// <param name="files">Where the documents lie, e.g. <c>reports/通报/督查通报-2026年第6期.docx</c>.</param>
    public static AlertMessage For(BulletinPeriod period, BulletinTotals totals, IReadOnlyList<string> files, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(files);
        var id = StableId.Of(Rule, period.Year.ToString(CultureInfo.InvariantCulture), period.Month.ToString(CultureInfo.InvariantCulture));
        string[] lines =
        [
            ZhCn.Format("notify.bulletin.period",
                ("from", period.FirstDay.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)), ("to", period.LastDay.ToString("yyyy年M月d日", CultureInfo.InvariantCulture))),
            ZhCn.Format("notify.bulletin.totals",
                ("opened", totals.Opened), ("open", totals.StillOpen), ("overdue", totals.Overdue), ("resolved", totals.Resolved)),
            ZhCn.Format("notify.bulletin.files", ("files", string.Join("、", files))),
        ];
        return new AlertMessage
        {
            MessageId = id,
            AlertId = id,
            EventType = EventType,
            Rule = Rule,
            RuleNameZh = ZhCn.Text("notify.bulletin.name"),
            Severity = AlertSeverity.Low.ToCode(),
            Year = period.Year,
            Subject = SupervisionBulletin.Title(period),
            MessageZh = string.Join(LineSeparator, lines),
            OccurredAtUtc = nowUtc,
            Audience = AlertAudience.Supervision.ToCode(),
        };
    }

    public static bool Is(AlertMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Rule == Rule;
    }

    /// <summary>The send of a notice on its own: the bulletin's title, then period, counts and files one line each.</summary>
    public static Outgoing Outgoing(AlertMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var title = ZhCn.Format("notify.bulletin.title", ("title", message.Subject));
        var lines = message.MessageZh.Split(LineSeparator);
        var markdown = "**" + title + "**\n" + string.Join("\n", lines.Select(l => "> " + l));
        var plain = title + "\n\n" + string.Join("\n", lines);
        return new Outgoing(title, markdown, plain, PipelineJson.Serialize(message));
    }
}
