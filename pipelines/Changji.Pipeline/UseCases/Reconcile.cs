using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// The daily safety net: send back for ingestion the files whose events were missed, raise (or
/// resolve) the operational alerts, recompute the current school year so missing-submission alerts fire past
/// their deadlines (every county: in this run for a store of the home county alone, else one recompute request
/// per county, <see cref="RecomputeFanOut"/>), and drain the outbox; the last three holding the current year's lock.
/// </summary>
public sealed class Reconcile(
    IIncomingStore incoming, IReceivedIndex index, IWorkQueues queues, IAlertLedger alerts, RecomputeFanOut recompute, DrainOutbox drain, SchoolCalendar calendar, AlertSettings settings,
    IYearLocks locks)
{
    /// <summary>Attempts to store the operational alerts when another writer keeps changing the lines they were decided from.</summary>
    public const int OperationalAttempts = 5;

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
        var held = await locks.AcquireAsync(year, cancellationToken).ConfigureAwait(false);
        await using (held.ConfigureAwait(false))
        {
            var changes = await ApplyOperationalAsync(year, poison, now, cancellationToken).ConfigureAwait(false);
            var recomputed = await recompute.RunAsync(year, homeHeld: true, cancellationToken).ConfigureAwait(false);
            var outbox = await drain.RunAsync(cancellationToken).ConfigureAwait(false);
            return new ReconcileResult(enqueued, poison, changes, recomputed.Years, outbox) { RecomputesEnqueued = recomputed.Enqueued };
        }
    }

    /// <summary>Decided again from a fresh read whenever another writer changed a line the decision relied on.</summary>
    private async Task<AlertChanges> ApplyOperationalAsync(int year, IReadOnlyList<PoisonQueueDepth> poison, DateTime now, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var ledger = await alerts.LoadAsync(ct).ConfigureAwait(false);
            var changes = AlertReconciler.Reconcile(year, OperationalAlertRules.Rules, OperationalAlertRules.Fire(year, poison), ledger, now, settings);
            try
            {
                if (!changes.IsEmpty)
                {
                    await alerts.ApplyAsync(changes, ct).ConfigureAwait(false);
                }

                return changes;
            }
            catch (AlertLedgerChangedException) when (attempt < OperationalAttempts)
            {
                // Decided from a ledger that changed meanwhile: decide again.
            }
        }
    }
}
