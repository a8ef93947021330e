using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;

namespace Changji.Functions.Tests.Support;

/// <summary>
/// The real alert ledger, with another writer's change slipped in just before the first apply: the
/// interleaving of two instances, made deterministic.
/// </summary>
public sealed class InterleavingAlertLedger(IAlertLedger inner, Func<IAlertLedger, Task> otherWriter) : IAlertLedger
{
    private int applies;

    public int Applies => applies;

    public Task<IReadOnlyList<AlertRecord>> LoadAsync(CancellationToken cancellationToken = default) => inner.LoadAsync(cancellationToken);

    public Task<IReadOnlyList<AlertRecord>> LoadCountyAsync(string? county, CancellationToken cancellationToken = default) => inner.LoadCountyAsync(county, cancellationToken);

    public async Task ApplyAsync(AlertChanges changes, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref applies) == 1)
        {
            await otherWriter(inner).ConfigureAwait(false);
        }

        await inner.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<AlertMessage>> PendingMessagesAsync(CancellationToken cancellationToken = default) => inner.PendingMessagesAsync(cancellationToken);

    public Task<OutboxPage> PendingPageAsync(string? after, int limit, CancellationToken cancellationToken = default) =>
        inner.PendingPageAsync(after, limit, cancellationToken);

    public Task MarkSentAsync(IReadOnlyCollection<string> messageIds, DateTime sentAtUtc, CancellationToken cancellationToken = default) =>
        inner.MarkSentAsync(messageIds, sentAtUtc, cancellationToken);
}
