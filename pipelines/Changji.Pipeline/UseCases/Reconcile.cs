using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// The daily safety net: send back for ingestion the files whose events were missed, raise (or
/// resolve) the operational alerts, recompute the current school year so missing-submission alerts
/// fire past their deadlines, and drain the outbox.
/// </summary>
public sealed class Reconcile(
    IIncomingStore incoming, IReceivedIndex index, IWorkQueues queues, IAlertLedger alerts, IRecomputeYears recompute, DrainOutbox drain, SchoolCalendar calendar, AlertSettings settings)
{
    public async Task<ReconcileResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var listing = await incoming.ListAsync(cancellationToken).ConfigureAwait(false);
        var unseen = await index.UnseenAsync(listing, cancellationToken).ConfigureAwait(false);
        var enqueued = unseen.Select(e => e.Path).Where(IncomingPath.IsSubmission).Order(StringComparer.Ordinal).ToList();
        foreach (var path in enqueued)
        {
            await queues.EnqueueIngestAsync(path, cancellationToken).ConfigureAwait(false);
        }

        var now = calendar.Now.UtcDateTime;
        var year = calendar.CurrentSchoolYear;
        var poison = await queues.PoisonDepthsAsync(cancellationToken).ConfigureAwait(false);
        var ledger = await alerts.LoadAsync(cancellationToken).ConfigureAwait(false);
        var changes = AlertReconciler.Reconcile(year, OperationalAlertRules.Rules, OperationalAlertRules.Fire(year, poison), ledger, now, settings);
        if (!changes.IsEmpty)
        {
            await alerts.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);
        }

        var years = await recompute.RunAsync(year, cancellationToken: cancellationToken).ConfigureAwait(false);
        var outbox = await drain.RunAsync(cancellationToken).ConfigureAwait(false);
        return new ReconcileResult(enqueued, poison, changes, years, outbox);
    }
}
