using System.Text;
using System.Text.Json;
using Changji.Pipeline;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Local;

/// <summary>On one machine the supervision office's messages go to <c>outbox/{messageId}.json</c>; a message already there is not written twice.</summary>
public sealed class OutboxFolderSender(string root) : IAlertSender
{
    /// <summary>Files written at once in a batch: each write waits on the file system, not the CPU.</summary>
    private const int Parallelism = 8;

    public async Task SendAsync(AlertMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var path = Path.Combine(root, message.MessageId + ".json");
        if (File.Exists(path))
        {
            return;
        }

        var json = JsonSerializer.Serialize(message, PipelineJson.Indented);
        await AtomicFile.WriteIfChangedAsync(path, Encoding.UTF8.GetBytes(json), cancellationToken).ConfigureAwait(false);
    }

    public async Task SendBatchAsync(IReadOnlyList<AlertMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        Directory.CreateDirectory(root);
        await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (message, ct) => await SendAsync(message, ct).ConfigureAwait(false)).ConfigureAwait(false);
    }
}
