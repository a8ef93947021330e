using Changji.Pipeline.Alerts;
using Changji.Pipeline.Recompute;

namespace Changji.Functions.Workflows;

/// <summary>What one reconcile pass did: blobs re-enqueued, poison queues found, years recomputed, alerts sent.</summary>
public sealed record ReconcileResult(
    IReadOnlyList<string> Enqueued, IReadOnlyList<(string Queue, int Messages)> PoisonQueues, AlertChanges PoisonAlerts,
    IReadOnlyList<YearResult> Years, OutboxDrainResult Outbox);
