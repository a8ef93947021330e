namespace Changji.Pipeline.Ports;

/// <summary>The host's work queues: where a missed file is sent back for ingestion, and where failed messages end up.</summary>
public interface IWorkQueues
{
    Task EnqueueIngestAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Each poison queue and how many messages it holds (0 when it does not exist yet).</summary>
    Task<IReadOnlyList<PoisonQueueDepth>> PoisonDepthsAsync(CancellationToken cancellationToken = default);
}
