namespace Changji.Ingestion;

/// <summary>Limits applied at the edge, so no file — by accident or on purpose — can exhaust memory, time or the reports.</summary>
public sealed record IngestionOptions
{
    /// <summary>
    /// Files larger than this are rejected unread. Default 128 MiB. A file is read as a stream (spooled to a temporary
    /// file past <see cref="InMemoryFileBytes"/>) and its rows stored in chunks of <see cref="RowsPerChunk"/>, so memory
    /// no longer grows with the file's bytes: what stays is a school code per row (bounded by <see cref="MaxRows"/>) and,
    /// for an Excel 97-2003 .xls, whose reader takes the file whole, the file itself. The largest legitimate file, a
    /// national statistics export of <see cref="MaxRows"/> schools, is ~30 MB as CSV (~60 MB with long names and every
    /// optional column) and less as xlsx: 128 MiB leaves twice that room while bounding the .xls case (and the upload
    /// page, which holds a request body whole) well inside the 1 GiB the pipeline is meant to run in (README). A county
    /// file is a few hundred KiB.
    /// </summary>
    public long MaxFileBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>
    /// Accepted rows held in memory at once: a file with more is checked first (findings, counts, keys) and its rows then
    /// read again and stored chunk by chunk, each chunk inside the file's one transaction. Default 5 000 rows (a few MiB
    /// of facts): a county's file fits in one chunk and is read once; a region's or the nation's is read twice.
    /// </summary>
    public int RowsPerChunk { get; init; } = 5_000;

    /// <summary>
    /// A received file up to this size is kept in memory while it is hashed, archived and read; a larger one is copied
    /// once to a temporary file (deleted when the file has been taken) and read from there. Default 8 MiB: every county
    /// file stays in memory; 0 spools every file.
    /// </summary>
    public long InMemoryFileBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>
    /// Data rows a file may have; past this the file is refused while streaming, with one finding.
    /// Default 200 000: the largest legitimate file (a region's statistics) has ~200 000 rows.
    /// </summary>
    public int MaxRows { get; init; } = 200_000;

    /// <summary>
    /// Findings kept per finding code; the rest of that code is counted into one summary finding
    /// (「另有 N 行同类问题」), so reports and the information database stay small. Default 200.
    /// </summary>
    public int MaxFindingsPerCode { get; init; } = 200;

    /// <summary>
    /// The most an xlsx part (sheet, shared strings…) may expand to, declared in the zip, checked
    /// before parsing. Default 512 MiB: a 200 000-row sheet is ~200 MB of XML.
    /// </summary>
    public long MaxUnpackedPartBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The most all parts of an xlsx may expand to together. Default 1 GiB.</summary>
    public long MaxUnpackedTotalBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>
    /// The highest compression ratio (unpacked ÷ packed) of a part larger than 1 MiB. Real sheets stay
    /// below ~30; a zip bomb is in the hundreds. Default 100.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>
    /// 县级行政区划代码 of the home county: rows naming it are stored as rows without a county
    /// (docs/input-files.md §5). Default null: every county a row names is kept as named.
    /// </summary>
    public string? HomeCounty { get; init; }

    public static IngestionOptions Default { get; } = new();
}
