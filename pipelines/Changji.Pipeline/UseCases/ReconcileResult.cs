using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;

namespace Changji.Pipeline.UseCases;

/// <summary>What one reconcile pass did: files sent back for ingestion, poison queues found, operational alert changes, years recomputed (or counties sent to be), alerts sent.</summary>
public sealed record ReconcileResult(
    IReadOnlyList<string> Enqueued, IReadOnlyList<PoisonQueueDepth> PoisonQueues, AlertChanges OperationalAlerts,
    IReadOnlyList<YearResult> Years, OutboxDrainResult Outbox)
{
    /// <summary>The counties sent as recompute requests of their own (a store of several counties) instead of recomputed in this run.</summary>
    public IReadOnlyList<string> RecomputesEnqueued { get; init; } = [];
}
