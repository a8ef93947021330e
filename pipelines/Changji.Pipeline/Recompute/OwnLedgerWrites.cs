using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;

namespace Changji.Pipeline.Recompute;

/// <summary>
/// The alert ledger as the recompute writes to it, counting its own writes within the async flow that
/// called <see cref="Count"/>: after a recompute, the ledger's version (<see cref="IRecomputeStamps.AlertLedgerVersionAsync"/>)
/// must have moved by exactly that many for nobody else to have written meanwhile. An async local, because
/// the ledger is a singleton and recomputes run concurrently in the Azure host.
/// </summary>
public sealed class OwnLedgerWrites(IAlertLedger inner) : IAlertLedger
{
    private static readonly AsyncLocal<Counter?> Current = new();

    /// <summary>Starts counting this flow's writes; disposing stops.</summary>
    public static Counter Count() => Current.Value = new Counter();

    public Task<IReadOnlyList<AlertRecord>> LoadAsync(CancellationToken cancellationToken = default) => inner.LoadAsync(cancellationToken);

    public Task<IReadOnlyList<AlertRecord>> LoadCountyAsync(string? county, CancellationToken cancellationToken = default) => inner.LoadCountyAsync(county, cancellationToken);

    public Task ApplyAsync(AlertChanges changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (!changes.IsEmpty && Current.Value is { } counter)
        {
            // Counted before the call: one that fails part-way still raises the version (the port's contract).
            counter.Add();
        }

        return inner.ApplyAsync(changes, cancellationToken);
    }

    public Task<IReadOnlyList<AlertMessage>> PendingMessagesAsync(CancellationToken cancellationToken = default) => inner.PendingMessagesAsync(cancellationToken);

    public Task<OutboxPage> PendingPageAsync(string? after, int limit, CancellationToken cancellationToken = default) => inner.PendingPageAsync(after, limit, cancellationToken);

    public Task MarkSentAsync(IReadOnlyCollection<string> messageIds, DateTime sentAtUtc, CancellationToken cancellationToken = default) =>
        inner.MarkSentAsync(messageIds, sentAtUtc, cancellationToken);

    public sealed class Counter : IDisposable
    {
        private int writes;

        public int Writes => Volatile.Read(ref writes);

        internal void Add() => Interlocked.Increment(ref writes);

        public void Dispose() => Current.Value = null;
    }
}
