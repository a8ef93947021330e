namespace Changji.Pipeline.Alerts;

/// <summary>What one reconciliation changes: ledger lines to upsert and the events to send, stored together.</summary>
public sealed record AlertChanges(IReadOnlyList<AlertRecord> Upserts, IReadOnlyList<AlertMessage> Messages)
{
    public static AlertChanges None { get; } = new([], []);

    /// <summary>
    /// The lines the decision was made from, by alert id (null: the line was absent), or null when the
    /// changes do not depend on the ledger. A store shared by several writers applies the changes only
    /// while every one of these lines is still as it was, and otherwise throws
    /// <see cref="AlertLedgerChangedException"/>: the changes must be decided again from a fresh read.
    /// </summary>
    public IReadOnlyDictionary<string, AlertRecord?>? Basis { get; init; }

    public bool IsEmpty => Upserts.Count == 0 && Messages.Count == 0;

    /// <summary>
    /// Several decisions stored as one (each county's of a year): their upserts, messages and bases together.
    /// Their lines are distinct (a county's alert ids are its own), so no basis contradicts another.
    /// </summary>
    public static AlertChanges Combine(IEnumerable<AlertChanges> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var all = changes.Where(c => !c.IsEmpty).ToList();
        if (all.Count <= 1)
        {
            return all.Count == 0 ? None : all[0];
        }

        var bases = all.Where(c => c.Basis is not null).SelectMany(c => c.Basis!).ToList();
        return new AlertChanges([.. all.SelectMany(c => c.Upserts)], [.. all.SelectMany(c => c.Messages)])
        {
            Basis = bases.Count == 0 ? null : bases.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
        };
    }

    /// <summary>Changes decided from <paramref name="ledger"/>: each upsert's line as the ledger held it.</summary>
    public static AlertChanges DecidedFrom(IReadOnlyList<AlertRecord> ledger, IReadOnlyList<AlertRecord> upserts, IReadOnlyList<AlertMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(upserts);
        if (upserts.Count == 0 && messages.Count == 0)
        {
            return None;
        }

        var byId = ledger.GroupBy(a => a.AlertId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var basis = new Dictionary<string, AlertRecord?>(StringComparer.Ordinal);
        foreach (var upsert in upserts)
        {
            basis[upsert.AlertId] = byId.GetValueOrDefault(upsert.AlertId);
        }

        return new AlertChanges(upserts, messages) { Basis = basis };
    }
}
