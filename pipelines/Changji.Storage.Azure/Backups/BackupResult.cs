namespace Changji.Storage.Azure.Backups;

/// <summary>The snapshot written (its name in <c>backup/</c>) and the entities it holds per table.</summary>
public sealed record BackupResult(string Snapshot, IReadOnlyDictionary<string, long> Counts);
