using Changji.Functions.Configuration;
using Changji.Functions.Monitoring;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using ReconcileUseCase = Changji.Pipeline.UseCases.Reconcile;

namespace Changji.Functions.Triggers;

/// <summary>Timer (<c>ReconcileSchedule</c>, NCRONTAB in UTC): missed blobs, deadlines, poison queues (their depths logged as <see cref="PoisonDepthLog"/>), outbox.</summary>
public sealed class Reconcile(ReconcileUseCase reconcile, ILogger<Reconcile> logger)
{
    [Function(nameof(Reconcile))]
    public async Task RunAsync([TimerTrigger(TriggerNames.ReconcileSchedule, RunOnStartup = false)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var result = await reconcile.RunAsync(cancellationToken).ConfigureAwait(false);
        PoisonDepthLog.Write(logger, result.PoisonQueues);
        logger.LogInformation(
            "Reconcile: {Enqueued} missed blob(s) enqueued, poison {Poison}, {Changes} operational alert change(s), {Years} year(s) recomputed, {Sent} alert(s) sent, {Failures} send failure(s)",
            result.Enqueued.Count, string.Join(", ", result.PoisonQueues.Select(p => $"{p.Queue}={p.Messages}")), result.OperationalAlerts.Upserts.Count,
            result.Years.Count, result.Outbox.Sent, result.Outbox.Failures.Count);
        if (result.Outbox.Failures.Count > 0)
        {
            logger.LogWarning("Alert sends failed (kept in the outbox): {Failures}", string.Join("; ", result.Outbox.Failures));
        }
    }
}
