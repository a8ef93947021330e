using Azure;
using Azure.Storage.Queues;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Azure.Queues;

/// <summary>
/// Producers for the two work queues, and the poison queues' depth. The service client must be
/// built with <see cref="QueueMessageEncoding.Base64"/> (as <c>AzureStorageClients</c> does): the
/// queue trigger decodes Base64 (host.json <c>messageEncoding</c>), which is also what Event Grid writes.
/// </summary>
public sealed class RequestQueues(QueueServiceClient queues, AzureStorageNames names) : IWorkQueues
{
    public Task EnqueueIngestAsync(string path, CancellationToken cancellationToken = default) =>
        queues.GetQueueClient(names.IngestQueue).SendMessageAsync(IngestRequest.Create(path), cancellationToken);

    public Task EnqueueRecomputeAsync(int year, CancellationToken cancellationToken = default) =>
        queues.GetQueueClient(names.RecomputeQueue).SendMessageAsync(RecomputeRequest.Create(year), cancellationToken);

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
