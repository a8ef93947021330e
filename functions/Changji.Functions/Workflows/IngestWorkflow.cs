using Changji.Pipeline.Submissions;
using Changji.Storage.Azure;

namespace Changji.Functions.Workflows;

/// <summary>
/// What <c>changji run</c> does, for one file in <c>incoming/</c>: process it, recompute from its
/// year, drain the outbox. A duplicate (same bytes received before) still recomputes and drains: the
/// earlier delivery may have stopped after recording it, and both steps change nothing when up to date.
/// </summary>
public sealed class IngestWorkflow(AzureWorkspace workspace)
{
    private readonly StableRecompute recompute = new(workspace);

    public async Task<IngestResult> RunAsync(string path, CancellationToken cancellationToken)
    {
        if (!IsSubmission(path))
        {
            return new IngestResult(path, null, [], null);
        }

        var blob = await workspace.Incoming.DownloadAsync(path, cancellationToken).ConfigureAwait(false);
        if (blob is not { } downloaded)
        {
            return new IngestResult(path, null, [], null);
        }

        var outcome = await workspace.Processor.ProcessAsync(path, downloaded.Content, cancellationToken).ConfigureAwait(false);
        await workspace.BlobIndex.RecordAsync(path, downloaded.ETag, outcome.Submission.Sha256, cancellationToken).ConfigureAwait(false);
        var year = outcome.Submission.Year ?? IncomingPath.FolderYear(path);
        var years = year is null ? [] : await recompute.RunAsync(year.Value, cancellationToken).ConfigureAwait(false);
        var outbox = await workspace.Drainer.DrainAsync(cancellationToken).ConfigureAwait(false);
        return new IngestResult(path, outcome, years, outbox);
    }

    /// <summary>As the local command: hidden files and Office lock files (<c>~$…</c>) are not submissions.</summary>
    public static bool IsSubmission(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length > 0 && !name.StartsWith('.') && !name.StartsWith("~$", StringComparison.Ordinal);
    }
}
