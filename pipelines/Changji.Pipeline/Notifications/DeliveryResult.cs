namespace Changji.Pipeline.Notifications;

/// <summary>What a delivery run did: sent, failed and to be retried, given up; one line per failure.</summary>
public sealed record DeliveryResult(int Delivered, int Retrying, int Failed, IReadOnlyList<string> Errors);

/// <summary>One received message's delivery: what was done, and whether nothing is left to retry for it (every channel delivered or gave up).</summary>
public sealed record MessageDelivery(DeliveryResult Result, bool Settled);
