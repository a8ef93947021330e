using Changji.Functions.Configuration;
using Changji.Functions.Workflows;
using Changji.Storage.Azure;
using Changji.Storage.Azure.Queues;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Changji.Functions.Functions;

/// <summary>
/// <c>ingest-requests</c> → one file: an Event Grid BlobCreated event for <c>incoming/</c> (Base64, as
/// Event Grid writes it) or <c>{"path":"2024/x.csv"}</c> from the reconcile timer. A failure throws, so
/// the runtime retries the message and finally moves it to <c>ingest-requests-poison</c> (which raises an alert).
/// </summary>
public sealed class IngestFile(AzureWorkspace workspace, ILogger<IngestFile> logger)
{
    private readonly IngestWorkflow workflow = new(workspace);

    [Function(nameof(IngestFile))]
    public async Task RunAsync([QueueTrigger(SettingNames.IngestQueue, Connection = SettingNames.TriggerConnection)] string message, CancellationToken cancellationToken)
    {
        var path = IngestRequest.PathOf(message, workspace.Names.Incoming);
        var result = await workflow.RunAsync(path, cancellationToken).ConfigureAwait(false);
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
