namespace Changji.Storage.Azure.Backups;

/// <summary>What a replay from <c>raw/</c> did: files taken again in receipt order, blobs skipped (no <c>originalpath</c>), and the tables that were not empty.</summary>
public sealed record RawReplayResult(RestoreStatus Status, int Files, IReadOnlyList<string> Skipped, IReadOnlyList<string> NonEmptyTables);
