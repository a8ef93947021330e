using System.Globalization;
using System.Text;
using Changji.Pipeline.Alerts;
using Changji.Text;

namespace Changji.Pipeline.Notifications;

/// <summary>
/// What people read, built from the message's fields with the catalogue's one template set: the
/// event and rule (what), the subject (where), the message itself (the figure against its threshold
/// and the gap, as the rule wrote it), the responsible units (责任单位), the plan's measures and the
/// deadline (整改时限).
/// </summary>
public static class NotificationText
{
    /// <summary>One line, e.g. for a mail subject or a DingTalk title.</summary>
    public static string Title(AlertMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return ZhCn.Format("notify.title", ("event", EventLabel(message.EventType)), ("rule_name", message.RuleNameZh), ("subject", message.Subject));
    }

    /// <summary>The lines of the text, without markup.</summary>
    public static IReadOnlyList<string> Lines(AlertMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var lines = new List<string>
        {
            ZhCn.Format("notify.line.what", ("event", EventLabel(message.EventType)), ("rule_name", message.RuleNameZh), ("severity", SeverityLabel(message.Severity))),
            ZhCn.Format("notify.line.where", ("year", message.Year), ("subject", message.Subject)),
            message.MessageZh,
        };
        if (message.ResponsibleUnits is { Count: > 0 } units)
        {
            lines.Add(ZhCn.Format("notify.line.units", ("units", string.Join("、", units))));
        }

        if (message.Measures is { Count: > 0 } measures)
        {
            lines.Add(ZhCn.Format("notify.line.measures", ("measures", string.Join("、", measures.Select(m => m.ToString(CultureInfo.InvariantCulture))))));
        }

        if (message.DueDate is { } due)
        {
            lines.Add(ZhCn.Format("notify.line.due", ("due_date", due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }

        return lines;
    }

    /// <summary>Markdown for the robots: the title in bold, then one line each.</summary>
    public static string Markdown(AlertMessage message)
    {
        var text = new StringBuilder();
        text.Append("**").Append(Title(message)).Append("**\n");
        foreach (var line in Lines(message))
        {
            text.Append("> ").Append(line).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    public static string Plain(AlertMessage message) => Title(message) + "\n\n" + string.Join("\n", Lines(message));

    /// <summary>
    /// A channel's digest of one Beijing day: one section per 责任单位 (a message with several units is
    /// listed under each), then those without; one line per message with its deadline.
    /// </summary>
    public static (string Title, string Markdown, string Plain) Digest(DateOnly day, IReadOnlyList<AlertMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var title = ZhCn.Format("notify.digest.title", ("date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("count", messages.Count));
        var groups = messages
            .SelectMany(m => m.ResponsibleUnits is { Count: > 0 } units ? units.Select(u => (Unit: (string?)u, Message: m)) : [(Unit: (string?)null, Message: m)])
            .GroupBy(x => x.Unit)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal);
        var markdown = new List<string> { "**" + title + "**" };
        var plain = new List<string> { title, "" };
        foreach (var group in groups)
        {
            var heading = group.Key is null ? ZhCn.Text("notify.digest.no_unit") : ZhCn.Format("notify.line.units", ("units", group.Key));
            markdown.Add("### " + heading);
            plain.Add(heading);
            foreach (var (_, m) in group)
            {
                var line = m.DueDate is { } due
                    ? ZhCn.Format("notify.digest.line_due", ("event", EventLabel(m.EventType)), ("message", m.MessageZh), ("due_date", due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                    : ZhCn.Format("notify.digest.line", ("event", EventLabel(m.EventType)), ("message", m.MessageZh));
                markdown.Add("- " + line);
                plain.Add("- " + line);
            }
        }

        return (title, string.Join("\n", markdown), string.Join("\n", plain));
    }

    /// <summary>
    /// Splits <paramref name="content"/> into parts of at most <paramref name="maxBytes"/> UTF-8 bytes,
    /// only between lines; a single line longer than that (never seen in practice) is cut between characters.
    /// </summary>
    public static IReadOnlyList<string> Split(string content, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 4);
        var parts = new List<string>();
        var current = new StringBuilder();
        var currentBytes = 0;
        foreach (var line in content.Split('\n'))
        {
            var lineBytes = Encoding.UTF8.GetByteCount(line);
            var separator = current.Length > 0 ? 1 : 0;
            if (currentBytes + separator + lineBytes <= maxBytes)
            {
                if (separator == 1)
                {
                    current.Append('\n');
                }

                current.Append(line);
                currentBytes += separator + lineBytes;
                continue;
            }

            if (current.Length > 0)
            {
                parts.Add(current.ToString());
                current.Clear();
                currentBytes = 0;
            }

            if (lineBytes <= maxBytes)
            {
                current.Append(line);
                currentBytes = lineBytes;
                continue;
            }

            foreach (var piece in CutLine(line, maxBytes))
            {
                parts.Add(piece);
            }
        }

        if (current.Length > 0 || parts.Count == 0)
        {
            parts.Add(current.ToString());
        }

        return parts;
    }

    private static IEnumerable<string> CutLine(string line, int maxBytes)
    {
        var piece = new StringBuilder();
        var bytes = 0;
        var e = StringInfo.GetTextElementEnumerator(line);
        while (e.MoveNext())
        {
            var element = e.GetTextElement();
            var size = Encoding.UTF8.GetByteCount(element);
            if (bytes + size > maxBytes)
            {
                yield return piece.ToString();
                piece.Clear();
                bytes = 0;
            }

            piece.Append(element);
            bytes += size;
        }

        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }

    internal static string EventLabel(string eventType) => eventType switch
    {
        "opened" => ZhCn.Text("notify.event.opened"),
        "resolved" => ZhCn.Text("notify.event.resolved"),
        "overdue" => ZhCn.Text("notify.event.overdue"),
        BulletinNotice.EventType => ZhCn.Text("notify.event.published"),
        _ => eventType,
    };

    private static string SeverityLabel(string severity) =>
        AlertSeverityCodes.Map.TryParse(severity, out var s) ? s.ToChinese() : severity;
}
