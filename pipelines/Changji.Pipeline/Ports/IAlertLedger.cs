using Changji.Pipeline.Alerts;

namespace Changji.Pipeline.Ports;

/// <summary>The alert ledger (整改台账) with its transactional outbox.</summary>
public interface IAlertLedger
{
    Task<IReadOnlyList<AlertRecord>> LoadAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// One county's ledger lines (<paramref name="county"/> as stored: null for the home county), ordered as
    /// <see cref="LoadAsync"/> orders them, without reading the other counties' lines.
    /// </summary>
    Task<IReadOnlyList<AlertRecord>> LoadCountyAsync(string? county, CancellationToken cancellationToken = default);

    /// <summary>Upserts the ledger lines and enqueues their messages in one transaction; a message id already queued is not queued again.</summary>
    Task ApplyAsync(AlertChanges changes, CancellationToken cancellationToken = default);

    /// <summary>Messages not yet sent, oldest first.</summary>
    Task<IReadOnlyList<AlertMessage>> PendingMessagesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="limit"/> messages not yet sent, in the outbox order (oldest first), starting
    /// after <paramref name="after"/> (the <see cref="OutboxPage.Next"/> of the page before; null for the
    /// first page). A drain reads the outbox this way so it never holds more than one page of payloads.
    /// </summary>
    Task<OutboxPage> PendingPageAsync(string? after, int limit, CancellationToken cancellationToken = default);

    /// <summary>Marks these messages sent (those already marked stay as they are).</summary>
    Task MarkSentAsync(IReadOnlyCollection<string> messageIds, DateTime sentAtUtc, CancellationToken cancellationToken = default);
}
