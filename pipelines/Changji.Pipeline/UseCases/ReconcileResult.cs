using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;

namespace Changji.Pipeline.UseCases;

/// <summary>What one reconcile pass did: files sent back for ingestion, poison queues found, operational alert changes, years recomputed, alerts sent.</summary>
public sealed record ReconcileResult(
    IReadOnlyList<string> Enqueued, IReadOnlyList<PoisonQueueDepth> PoisonQueues, AlertChanges OperationalAlerts,
    IReadOnlyList<YearResult> Years, OutboxDrainResult Outbox);
