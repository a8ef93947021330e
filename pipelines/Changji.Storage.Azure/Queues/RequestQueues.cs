using Azure;
using Azure.Storage.Queues;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Azure.Queues;

/// <summary>
/// Producers for the two work queues, and the poison queues' depth. The service client is built
/// with <see cref="QueueMessageEncoding.Base64"/> (<c>AzureStorageClients</c>); the consumers accept
/// Base64 and plain JSON alike (<see cref="QueueMessageText"/>, host.json <c>messageEncoding: none</c>).
/// </summary>
public sealed class RequestQueues(QueueServiceClient queues, AzureStorageNames names) : IWorkQueues
{
    public Task EnqueueIngestAsync(string path, CancellationToken cancellationToken = default) =>
        queues.GetQueueClient(names.IngestQueue).SendMessageAsync(IngestRequest.Create(path), cancellationToken);

    public Task EnqueueRecomputeAsync(int year, string? county, CancellationToken cancellationToken = default) =>
        queues.GetQueueClient(names.RecomputeQueue).SendMessageAsync(RecomputeRequest.Create(year, county), cancellationToken);

    public Task EnqueueRegionAsync(int year, CancellationToken cancellationToken = default) =>
        queues.GetQueueClient(names.RecomputeQueue).SendMessageAsync(RecomputeRequest.CreateRegion(year), cancellationToken);

    /// <summary>The poison queue of each work queue and how many messages it holds (0 when the runtime has not created it).</summary>
    public async Task<IReadOnlyList<PoisonQueueDepth>> PoisonDepthsAsync(CancellationToken cancellationToken = default)
    {
        var depths = new List<PoisonQueueDepth>();
        foreach (var queue in names.Queues.Select(AzureStorageNames.PoisonQueueOf))
        {
            try
            {
                var properties = await queues.GetQueueClient(queue).GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
                depths.Add(new(queue, properties.Value.ApproximateMessagesCount));
            }
            catch (RequestFailedException error) when (error.Status == 404)
            {
                depths.Add(new(queue, 0));
            }
        }

        return depths;
    }
}
