namespace Changji.Pipeline.Curated;

/// <summary>
/// Maps the engine's results and the ledgers to curated rows (one file per group of tables), each
/// table in a fixed order so the same input always yields the same file.
/// </summary>
public static partial class CuratedRows;
