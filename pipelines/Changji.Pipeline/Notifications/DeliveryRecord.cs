namespace Changji.Pipeline.Notifications;

/// <summary>One (message, channel) line of the delivery ledger.</summary>
public sealed record DeliveryRecord
{
    public required string MessageId { get; init; }
    public required string Channel { get; init; }
    public required DeliveryStatus Status { get; init; }
    public required int Attempts { get; init; }
    public string? LastError { get; init; }
    /// <summary>When a retry is due (<see cref="DeliveryStatus.Retrying"/>), or when a claim lapses (<see cref="DeliveryStatus.Sending"/>).</summary>
    public DateTime? NextAttemptUtc { get; init; }
    public DateTime? DeliveredAtUtc { get; init; }
}

/// <summary>
/// Codes: <c>delivered</c>, <c>retrying</c> (failed, retried on a later run), <c>failed</c> (given up after
/// <see cref="Delivery.MaxAttempts"/>), <c>sending</c> (claimed by a notifier that is sending it now; if that
/// one died, due again once the claim lapses).
/// </summary>
public enum DeliveryStatus
{
    Delivered,
    Retrying,
    Failed,
    Sending,
}
