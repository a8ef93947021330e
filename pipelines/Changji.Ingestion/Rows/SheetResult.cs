namespace Changji.Ingestion.Rows;

/// <summary>What <see cref="SheetIngestor.Read"/> leaves when its rows have all been read.</summary>
internal sealed class SheetResult
{
    /// <summary>The file's outcome: findings, counts, keys, and the rows not handed over in chunks.</summary>
    public IngestedFile? File { get; set; }

    /// <summary>The accepted rows after the last chunk handed over; null when the file was refused before its rows.</summary>
    public KindRows? Rows { get; set; }
}
