namespace Changji.Pipeline.Alerts;

/// <summary>What one reconciliation changes: ledger lines to upsert and the events to send, stored together.</summary>
public sealed record AlertChanges(IReadOnlyList<AlertRecord> Upserts, IReadOnlyList<AlertMessage> Messages)
{
    public static AlertChanges None { get; } = new([], []);

    public bool IsEmpty => Upserts.Count == 0 && Messages.Count == 0;
}
