using Changji.Pipeline.Alerts;
using Changji.Pipeline.Recompute;
using Changji.Storage.Azure;

namespace Changji.Functions.Workflows;

/// <summary>
/// The daily safety net: enqueue <c>incoming/</c> blobs whose events were missed, raise (or resolve)
/// the poison-message alert per poison queue, recompute the current school year so missing-submission
/// alerts fire past their deadlines, and drain the outbox.
/// </summary>
public sealed class ReconcileWorkflow(AzureWorkspace workspace)
{
    private readonly StableRecompute recompute = new(workspace);

    public async Task<ReconcileResult> RunAsync(CancellationToken cancellationToken)
    {
        var listing = await workspace.Incoming.ListAsync(cancellationToken).ConfigureAwait(false);
        var unseen = await workspace.BlobIndex.UnseenAsync(listing, cancellationToken).ConfigureAwait(false);
        var enqueued = unseen.Select(b => b.Path).Where(IngestWorkflow.IsSubmission).Order(StringComparer.Ordinal).ToList();
        foreach (var path in enqueued)
        {
            await workspace.Queues.EnqueueIngestAsync(path, cancellationToken).ConfigureAwait(false);
        }

        var now = workspace.Clock.GetUtcNow().UtcDateTime;
        var year = SchoolYear.Of(now);
        var poison = await workspace.Queues.PoisonDepthsAsync(cancellationToken).ConfigureAwait(false);
        var fired = poison.Where(p => p.Messages > 0).Select(p => new FiredAlert
        {
            Rule = AlertRule.PoisonMessage,
            Year = year,
            Subject = p.Queue,
            MessageZh = $"{year}学年 队列 {p.Queue} 中有 {p.Messages} 条多次处理失败的消息，请查看应用日志，修正原因后将消息移回原队列或删除。",
        }).ToList();
        var ledger = await workspace.Store.LoadAsync(cancellationToken).ConfigureAwait(false);
        var changes = AlertReconciler.Reconcile(year, [AlertRule.PoisonMessage], fired, ledger, now);
        await workspace.Store.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);

        var years = await recompute.RunAsync(year, cancellationToken).ConfigureAwait(false);
        var outbox = await workspace.Drainer.DrainAsync(cancellationToken).ConfigureAwait(false);
        return new ReconcileResult(enqueued, poison, changes, years, outbox);
    }
}
