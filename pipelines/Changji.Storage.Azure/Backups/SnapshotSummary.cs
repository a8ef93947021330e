namespace Changji.Storage.Azure.Backups;

/// <summary>What a snapshot holds: its header and the number of entities per table (every table of the header, zero included).</summary>
public sealed record SnapshotSummary(SnapshotHeader Header, IReadOnlyDictionary<string, long> Counts);
