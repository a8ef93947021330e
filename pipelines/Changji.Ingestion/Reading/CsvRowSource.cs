using System.Text;
using Sylvan.Data.Csv;

namespace Changji.Ingestion.Reading;

/// <summary>
/// Reads CSV records with Sylvan. A value starting with '=' is plain text here: CSV has no formulas
/// and we never interpret one.
/// </summary>
internal sealed class CsvRowSource : IRowSource
{
    private readonly CsvDataReader reader;

    private CsvRowSource(CsvDataReader reader) => this.reader = reader;

    public string? Sheet => null;

    public int RowNumber => reader.RowNumber;

    public int Count => reader.RowFieldCount;

    public Cell this[int index] => index < reader.RowFieldCount ? Cell.FromText(reader.GetString(index)) : Cell.Empty;

    /// <summary>
    /// Sylvan's buffer must hold a whole record; by default it never grows past 64 Ki chars, so one
    /// long 说明 cell would reject the file. Records may grow to this many chars (~32 MB) instead.
    /// </summary>
    public const int MaxRecordChars = 1 << 24;

    public static CsvRowSource Open(Stream stream, Encoding encoding)
    {
        // The caller owns the stream (a spooled file may be read again): the reader leaves it open.
        var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: -1, leaveOpen: true);
        var options = new CsvDataReaderOptions
        {
            HasHeaders = false,
            // A blank line must not start a new result set, and '#' is ordinary text in a school name.
            ResultSetMode = ResultSetMode.SingleResult,
            Comment = '\0',
            OwnsReader = true,
            MaxBufferSize = MaxRecordChars,
        };
        return new CsvRowSource(CsvDataReader.Create(text, options));
    }

    public bool Next() => reader.Read();

    public void Dispose() => reader.Dispose();
}
