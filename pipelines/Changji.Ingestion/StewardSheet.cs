using Changji.Ingestion.Header;
using Changji.Ingestion.Reading;

namespace Changji.Ingestion;

/// <summary>
/// The rows of a steward file as sent — the same sheet <see cref="FileIngestor"/> reads (the one named
/// after a kind, else the first), every cell as read: text, an Excel number, or empty — so an annotated
/// copy can give the steward back their own rows. Forward-only, one row at a time like the ingestion.
/// </summary>
public sealed class StewardSheet : IDisposable
{
    private readonly IRowSource source;

    private StewardSheet(IRowSource source) => this.source = source;

    /// <summary>The sheet name (xlsx, xls) or null (csv).</summary>
    public string? Sheet => source.Sheet;

    /// <summary>True when the sheet is named after a kind, so the ingestion would pick it among others.</summary>
    public bool NamedAfterKind => KindSchemas.IsKindSheetName(source.Sheet);

    /// <summary>
    /// Opens the sheet of a file the ingestion could read; null for a format it refuses (unsupported,
    /// encrypted, undecodable CSV). A damaged file may still throw while its rows are read.
    /// </summary>
    public static StewardSheet? Open(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Open(new MemoryStream(content, writable: false), fileName);
    }

    /// <inheritdoc cref="Open(byte[], string)"/>
    /// <param name="content">A seekable stream of the file at its start, read where it lies (an .xls whole, as its reader needs); left open.</param>
    /// <param name="fileName">The name the steward gave the file; its extension picks the format.</param>
    public static StewardSheet? Open(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        Span<byte> head = stackalloc byte[CompoundFile.Signature.Length];
        head = head[..content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        content.Position = 0;
        // An .xls is read whole, as its reader needs: a compound file, or other bytes under an .xls name.
        var bytes = CompoundFile.IsCompoundFile(head) ? Whole(content) : null;
        switch (bytes is null ? FileFormats.Detect(fileName, head) : FileFormats.Detect(fileName, bytes))
        {
            case FileFormat.Biff:
                return new StewardSheet(XlsxRowSource.Open(new MemoryStream(bytes ?? Whole(content), writable: false), biff: true));
            case FileFormat.OpenXml:
                return new StewardSheet(XlsxRowSource.Open(content));
            case FileFormat.Csv when CsvEncodingDetector.Detect(content) is { Encoding: { } encoding, PreambleLength: var preamble }:
                content.Position = preamble;
                return new StewardSheet(CsvRowSource.Open(content, encoding));
            default:
                return null;
        }
    }

    private static byte[] Whole(Stream content)
    {
        var bytes = new byte[content.Length];
        content.Position = 0;
        content.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The non-blank rows in order, numbered as the steward sees them; at most <paramref name="maxRows"/>.</summary>
    public IEnumerable<StewardSheetRow> Rows(int maxRows = int.MaxValue)
    {
        var count = 0;
        while (count < maxRows && source.Next())
        {
            if (source.IsBlankRow())
            {
                continue;
            }

            var cells = new object?[source.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = source[i];
                cells[i] = cell.Number is { } number ? number : cell.IsBlank ? null : cell.Text;
            }

            count++;
            yield return new StewardSheetRow(source.RowNumber, cells);
        }
    }

    /// <summary>True when the row reads as some kind's header, as the ingestion decides it (a title row above it does not).</summary>
    public static bool IsHeader(StewardSheetRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return HeaderResolver.LooksLikeHeader([.. row.Cells.Select(c => c is string text ? text.Trim() : string.Empty)]);
    }

    public void Dispose() => source.Dispose();
}
