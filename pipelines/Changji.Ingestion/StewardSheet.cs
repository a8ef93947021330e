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
        ArgumentNullException.ThrowIfNull(fileName);
        switch (FileFormats.Detect(fileName, content))
        {
            case FileFormat.OpenXml:
                return new StewardSheet(XlsxRowSource.Open(new MemoryStream(content, writable: false)));
            case FileFormat.Biff:
                return new StewardSheet(XlsxRowSource.Open(new MemoryStream(content, writable: false), biff: true));
            case FileFormat.Csv when CsvEncodingDetector.Detect(content) is { Encoding: { } encoding, PreambleLength: var preamble }:
                return new StewardSheet(CsvRowSource.Open(new MemoryStream(content, preamble, content.Length - preamble, writable: false), encoding));
            default:
                return null;
        }
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
