using System.Globalization;
using Changji.Pipeline.Ports;

namespace Changji.Pipeline.Alerts;

/// <summary>
/// Rules about the pipeline itself rather than the county's data: a poison queue holding messages
/// that failed every attempt. The alert lasts until the queue is emptied.
/// </summary>
public static class OperationalAlertRules
{
    public static IReadOnlyList<AlertRule> Rules { get; } = [AlertRule.PoisonMessage];

    public static IReadOnlyList<FiredAlert> Fire(int year, IReadOnlyList<PoisonQueueDepth> poison)
    {
        ArgumentNullException.ThrowIfNull(poison);
        return poison.Where(p => p.Messages > 0).Select(p => new FiredAlert
        {
            Rule = AlertRule.PoisonMessage,
            Year = year,
            Subject = p.Queue,
            MessageZh = string.Create(CultureInfo.InvariantCulture,
                $"{year}学年 队列 {p.Queue} 中有 {p.Messages} 条多次处理失败的消息，请查看应用日志，修正原因后将消息移回原队列或删除。"),
        }).ToList();
    }
}
