using Changji.Functions.Configuration;
using Changji.Pipeline.UseCases;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Changji.Functions.Triggers;

/// <summary>
/// Timer (<c>BulletinSchedule</c>, NCRONTAB in UTC; default <c>0 0 1 1 * *</c> = 01:00 UTC on the 1st,
/// i.e. 09:00 Beijing time on the first of each month): the 督查通报 of the month just ended, to <c>reports/通报/</c>;
/// its notice goes through the outbox to the alert topic, and the Notify timer delivers it to the channels that take
/// bulletins (docs/notifications.md).
/// </summary>
public sealed class Bulletin(WriteBulletin bulletin, ILogger<Bulletin> logger)
{
    [Function(nameof(Bulletin))]
    public async Task RunAsync([TimerTrigger(TriggerNames.BulletinSchedule, RunOnStartup = false)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var result = await bulletin.RunAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Bulletin {Year}-{Month:00} written: {Files}; notice {NoticeId}, {Sent} outbox message(s) sent",
            result.Period.Year, result.Period.Month, string.Join(", ", result.Files), result.NoticeId, result.Drain.Sent);
        if (result.Drain.Failures.Count > 0)
        {
            logger.LogWarning("Bulletin outbox drain failed (sent by the next drain): {Failures}", string.Join("; ", result.Drain.Failures));
        }
    }
}
