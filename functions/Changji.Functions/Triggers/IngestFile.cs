using Changji.Functions.Configuration;
using Changji.Pipeline.UseCases;
using Changji.Storage.Azure;
using Changji.Storage.Azure.Queues;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Changji.Functions.Triggers;

/// <summary>
/// <c>ingest-requests</c> → one file: an Event Grid BlobCreated event for <c>incoming/</c> (plain JSON
/// or Base64: host.json passes messages undecoded) or <c>{"path":"2024/x.csv"}</c> from the reconcile timer. A failure throws, so
/// the runtime retries the message and finally moves it to <c>ingest-requests-poison</c> (which raises an alert).
/// </summary>
public sealed class IngestFile(IngestIncoming ingest, AzureStorageNames names, ILogger<IngestFile> logger)
{
    [Function(nameof(IngestFile))]
    public async Task RunAsync([QueueTrigger(TriggerNames.IngestQueue, Connection = TriggerNames.Connection)] string message, CancellationToken cancellationToken)
    {
        var path = IngestRequest.PathOf(message, names.Incoming);
        var result = await ingest.RunAsync(path, cancellationToken).ConfigureAwait(false);
        if (result.Outcome is not { } outcome)
        {
            logger.LogWarning("Skipped {Path}: gone from incoming/ or not a submission", path);
            return;
        }

        logger.LogInformation(
            "{Path}: {Status}{Duplicate}, {Accepted}/{Read} rows, {Years} year(s) recomputed, {Sent} alert(s) sent, {Failures} send failure(s)",
            path, outcome.Submission.Status, outcome.Duplicate ? " (duplicate)" : "", outcome.Submission.RowsAccepted, outcome.Submission.RowsRead,
            result.Years.Count, result.Outbox?.Sent ?? 0, result.Outbox?.Failures.Count ?? 0);
    }
}
