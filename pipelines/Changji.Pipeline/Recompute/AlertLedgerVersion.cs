namespace Changji.Pipeline.Recompute;

/// <summary>
/// The alert ledger's version: <see cref="Writes"/> counts every write of lines or messages; <see cref="Tag"/>
/// is what the store says of the record holding it (an Azure entity's ETag), so a restore that puts an older
/// count back is not taken for the ledger a stamp was made from. Empty where a restore cannot do that (SQLite:
/// the database file is restored whole, stamps included).
/// </summary>
public sealed record AlertLedgerVersion(long Writes, string Tag)
{
    public static AlertLedgerVersion None { get; } = new(0, "");
}
