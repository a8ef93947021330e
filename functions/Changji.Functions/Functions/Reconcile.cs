using Changji.Functions.Configuration;
using Changji.Functions.Workflows;
using Changji.Storage.Azure;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Changji.Functions.Functions;

/// <summary>Timer (<c>ReconcileSchedule</c>, NCRONTAB in UTC): missed blobs, deadlines, poison queues, outbox.</summary>
public sealed class Reconcile(AzureWorkspace workspace, ILogger<Reconcile> logger)
{
    private readonly ReconcileWorkflow workflow = new(workspace);

    [Function(nameof(Reconcile))]
    public async Task RunAsync([TimerTrigger(SettingNames.ReconcileSchedule, RunOnStartup = false)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var result = await workflow.RunAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation(
            "Reconcile: {Enqueued} missed blob(s) enqueued, poison {Poison}, {Opened} poison alert change(s), {Years} year(s) recomputed, {Sent} alert(s) sent, {Failures} send failure(s)",
            result.Enqueued.Count, string.Join(", ", result.PoisonQueues.Select(p => $"{p.Queue}={p.Messages}")), result.PoisonAlerts.Upserts.Count,
            result.Years.Count, result.Outbox.Sent, result.Outbox.Failures.Count);
        if (result.Outbox.Failures.Count > 0)
        {
            logger.LogWarning("Alert sends failed (kept in the outbox): {Failures}", string.Join("; ", result.Outbox.Failures));
        }
    }
}
