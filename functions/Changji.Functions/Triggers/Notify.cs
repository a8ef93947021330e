using Changji.Functions.Configuration;
using Changji.Storage.Azure.ServiceBus;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Changji.Functions.Triggers;

/// <summary>
/// Timer (<c>NotifySchedule</c>, NCRONTAB in UTC): drains the alert topic's subscriptions <c>supervision-office</c>
/// and <c>operations</c> into the channels of <c>NotifyChannels</c> (the Service Bus trigger extension is not
/// available, so a peek-lock receiver stands in for it), then sends the digests that are due.
/// </summary>
public sealed class Notify(AlertNotifier notifier, ILogger<Notify> logger)
{
    [Function(nameof(Notify))]
    public async Task RunAsync([TimerTrigger(TriggerNames.NotifySchedule, RunOnStartup = false)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var result = await notifier.RunAsync(cancellationToken).ConfigureAwait(false);
        if (result.Channels == 0)
        {
            logger.LogInformation("Notify: no channels configured (NotifyChannels); messages wait in their subscriptions");
            return;
        }

        foreach (var (subscription, drain) in result.Drains)
        {
            logger.LogInformation(
                "Notify {Subscription}: {Completed} completed, {Abandoned} abandoned, {DeadLettered} dead-lettered, {LockLost} lock(s) lost; {Delivered} delivered, {Retrying} to retry, {Failed} given up",
                subscription, drain.Completed, drain.Abandoned, drain.DeadLettered, drain.LockLost, drain.Delivered, drain.Retrying, drain.Failed);
            if (drain.Errors.Count > 0)
            {
                logger.LogWarning("Notify {Subscription} failures (retried on a later run): {Errors}", subscription, string.Join("; ", drain.Errors));
            }
        }

        logger.LogInformation("Notify digests: {Delivered} delivered, {Retrying} to retry, {Failed} given up", result.Digests.Delivered, result.Digests.Retrying, result.Digests.Failed);
    }
}
