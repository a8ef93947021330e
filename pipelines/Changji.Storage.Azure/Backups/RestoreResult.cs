namespace Changji.Storage.Azure.Backups;

public enum RestoreStatus
{
    /// <summary>The tables now hold exactly the snapshot's entities.</summary>
    Restored,

    /// <summary>No snapshot in <c>backup/</c>, or none of the given name: nothing written.</summary>
    NotFound,

    /// <summary>A table held entities and no force was given: nothing written.</summary>
    TablesNotEmpty,
}

/// <summary>What a restore did: the snapshot (null when none was found), entities written per table, and the tables that were not empty.</summary>
public sealed record RestoreResult(RestoreStatus Status, string? Snapshot, IReadOnlyDictionary<string, long> Counts, IReadOnlyList<string> NonEmptyTables)
{
    private static readonly IReadOnlyDictionary<string, long> None = new Dictionary<string, long>();

    public static RestoreResult NotFound(string? snapshot) => new(RestoreStatus.NotFound, snapshot, None, []);

    public static RestoreResult Refused(string snapshot, IReadOnlyList<string> nonEmpty) => new(RestoreStatus.TablesNotEmpty, snapshot, None, nonEmpty);
}
