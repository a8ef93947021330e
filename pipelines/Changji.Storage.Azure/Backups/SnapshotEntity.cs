using Azure.Data.Tables;

namespace Changji.Storage.Azure.Backups;

/// <summary>One entity of a snapshot and the table (unprefixed name) it belongs to.</summary>
public sealed record SnapshotEntity(string Table, TableEntity Entity);
