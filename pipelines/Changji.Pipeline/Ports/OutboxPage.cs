using Changji.Pipeline.Alerts;

namespace Changji.Pipeline.Ports;

/// <summary>
/// One page of pending outbox messages, oldest first, and where the next page starts: an adapter's own
/// position in the outbox order (a sequence number, a partition and sort key), opaque to the caller and
/// null once nothing pending follows. Keyset, not offset: marking this page sent does not move the next.
/// </summary>
public sealed record OutboxPage(IReadOnlyList<AlertMessage> Messages, string? Next);
