using Changji.Pipeline.Ports;
using Changji.Text;

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
            MessageZh = ZhCn.Format("alert.poison_message", ("year", year), ("queue", p.Queue), ("count", p.Messages)),
        }).ToList();
    }
}
