namespace Changji.Pipeline.Ports;

/// <summary>The host's work queues: where a missed file is sent back for ingestion, where a recompute is fanned out county by county, and where failed messages end up.</summary>
public interface IWorkQueues
{
    Task EnqueueIngestAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Asks for a recompute from <paramref name="year"/> on: of <paramref name="county"/> alone (a 县级行政区划代码), or of every county when null.</summary>
    Task EnqueueRecomputeAsync(int year, string? county, CancellationToken cancellationToken = default);

    /// <summary>Asks for the step spanning counties of <paramref name="year"/> (docs/azure.md, "Built: coalescing the step spanning counties").</summary>
    Task EnqueueRegionAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>Each poison queue and how many messages it holds (0 when it does not exist yet).</summary>
    Task<IReadOnlyList<PoisonQueueDepth>> PoisonDepthsAsync(CancellationToken cancellationToken = default);
}
