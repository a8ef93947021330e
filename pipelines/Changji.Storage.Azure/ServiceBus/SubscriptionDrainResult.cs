using Changji.Pipeline.Notifications;

namespace Changji.Storage.Azure.ServiceBus;

/// <summary>
/// What one drain of a subscription did: messages completed, abandoned (back on a later run), dead-lettered,
/// settled too late (lock lost); and, over them, the deliveries made, to retry and given up, one line per failure.
/// </summary>
public sealed record SubscriptionDrainResult(
    int Completed, int Abandoned, int DeadLettered, int LockLost, int Delivered, int Retrying, int Failed, IReadOnlyList<string> Errors);

/// <summary>The running counts of a drain.</summary>
internal sealed class SubscriptionDrainTally
{
    public int Completed { get; set; }
    public int Abandoned { get; set; }
    public int DeadLettered { get; set; }
    public int LockLost { get; set; }
    public int Delivered { get; private set; }
    public int Retrying { get; private set; }
    public int Failed { get; private set; }
    public List<string> Errors { get; } = [];

    public void Add(DeliveryResult result)
    {
        Delivered += result.Delivered;
        Retrying += result.Retrying;
        Failed += result.Failed;
        Errors.AddRange(result.Errors);
    }

    public SubscriptionDrainResult ToResult() =>
        new(Completed, Abandoned, DeadLettered, LockLost, Delivered, Retrying, Failed, [.. Errors]);
}
