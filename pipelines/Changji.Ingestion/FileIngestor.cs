using Changji.Ingestion.Findings;
using Changji.Ingestion.Reading;
using Changji.Ingestion.Rows;
using Changji.Text;
using Sylvan.Data.Csv;

namespace Changji.Ingestion;

/// <summary>
/// Reads one steward file (docs/input-files.md) into typed facts and Chinese findings. Pure: it reads
/// only the given stream — no file system, no clock — and never lets a bad file throw.
/// </summary>
public static class FileIngestor
{
    /// <param name="content">The file's bytes; read at most once, never written or closed.</param>
    /// <param name="fileName">The name shown to the steward (e.g. <c>2024/学校基础数据.xlsx</c>); its extension picks the format.</param>
    /// <param name="folderYear">The 学年 of the folder the file was dropped in; every row must name it. Null to take the rows' year.</param>
    public static IngestedFile Read(Stream content, string fileName, int? folderYear, IngestionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= IngestionOptions.Default;
        var sink = new FindingSink(fileName, options.MaxFindingsPerCode);
        try
        {
            return ReadChecked(content, sink, folderYear, options);
        }
        catch (ExcelDataReader.Exceptions.InvalidPasswordException)
        {
            // An .xls with an opening password (its records are RC4-encrypted): not damage, a setting to undo.
            return Encrypted(sink, folderYear);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // A damaged zip, malformed XML or broken CSV quoting surfaces here, mid-read or at open.
            // The steward reads this: no .NET type names, just what to do.
            sink.FileError(FindingCodes.UnreadableFile, null, null, null, ZhCn.Text("finding.unreadable_file.problem"),
                ZhCn.Text("finding.unreadable_file.expected"));
            return Outcome.Rejected(sink, null, folderYear);
        }
    }

    /// <summary>
    /// The answer to a file whose stored length already exceeds the limit, given without reading a
    /// byte of it (the host knows the length from the blob's properties or the file system).
    /// </summary>
    public static IngestedFile Oversized(string fileName, int? folderYear, long length, IngestionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= IngestionOptions.Default;
        if (length <= options.MaxFileBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"Not over the limit of {options.MaxFileBytes} bytes: read the file instead.");
        }

        var sink = new FindingSink(fileName, options.MaxFindingsPerCode);
        return TooLarge(sink, ZhCn.Format("finding.file_too_large.value.size", ("bytes", length)), folderYear, options);
    }

    private static IngestedFile TooLarge(FindingSink sink, string seen, int? folderYear, IngestionOptions options)
    {
        sink.FileError(FindingCodes.FileTooLarge, null, null, seen, ZhCn.Text("finding.file_too_large.problem"),
            ZhCn.Format("finding.file_too_large.expected", ("max", options.MaxFileBytes)));
        return Outcome.Rejected(sink, null, folderYear);
    }

    private static IngestedFile ReadChecked(Stream content, FindingSink sink, int? folderYear, IngestionOptions options)
    {
        var buffer = BoundedBuffer.Read(content, options.MaxFileBytes);
        if (buffer.Bytes is not { } bytes)
        {
            var seen = buffer.SeenBytes > options.MaxFileBytes && !content.CanSeek ? ZhCn.Format("finding.file_too_large.value.over", ("bytes", options.MaxFileBytes))
                : ZhCn.Format("finding.file_too_large.value.size", ("bytes", buffer.SeenBytes));
            return TooLarge(sink, seen, folderYear, options);
        }
        if (bytes.Length == 0)
        {
            sink.FileError(FindingCodes.EmptyFile, null, null, null, ZhCn.Text("finding.empty_file.problem"), ZhCn.Text("finding.empty_file.expected"));
            return Outcome.Rejected(sink, null, folderYear);
        }
        return FileFormats.Detect(sink.File, bytes) switch
        {
            FileFormat.OpenXml => ReadOpenXml(bytes, sink, folderYear, options),
            FileFormat.Biff => ReadBiff(bytes, sink, folderYear, options),
            FileFormat.Csv => ReadCsv(bytes, sink, folderYear, options),
            FileFormat.Encrypted => Encrypted(sink, folderYear),
            _ => Unsupported(sink, folderYear),
        };
    }

    private static IngestedFile ReadOpenXml(byte[] bytes, FindingSink sink, int? folderYear, IngestionOptions options)
    {
        // Sizes first, from the zip directory: a zip bomb is refused before any part is inflated.
        if (WorkbookPackage.Check(bytes, options) is { } excess)
        {
            var expected = excess.RatioExceeded
                ? ZhCn.Format("finding.unpacked_too_large.ratio.expected", ("ratio", options.MaxCompressionRatio))
                : ZhCn.Format("finding.unpacked_too_large.expected", ("max", options.MaxUnpackedPartBytes), ("total", options.MaxUnpackedTotalBytes));
            sink.FileError(FindingCodes.UnpackedTooLarge, null, null,
                ZhCn.Format("finding.unpacked_too_large.value", ("part", excess.Part), ("unpacked", excess.Unpacked), ("packed", excess.Packed)),
                ZhCn.Text("finding.unpacked_too_large.problem"), expected);
            return Outcome.Rejected(sink, null, folderYear);
        }

        using var source = XlsxRowSource.Open(new MemoryStream(bytes, writable: false));
        return SheetIngestor.Ingest(source, folderYear, sink, options.MaxRows, options.HomeCounty);
    }

    private static IngestedFile ReadBiff(byte[] bytes, FindingSink sink, int? folderYear, IngestionOptions options)
    {
        XlsxRowSource source;
        try
        {
            source = XlsxRowSource.Open(new MemoryStream(bytes, writable: false), biff: true);
        }
        catch (Exception error) when (FileFormats.IsWps(sink.File) && error is not (OutOfMemoryException or ExcelDataReader.Exceptions.InvalidPasswordException))
        {
            // WPS's own .et is not always BIFF inside; the steward can save it as a format we read.
            sink.FileError(FindingCodes.UnsupportedFormat, null, null, Path.GetExtension(sink.File), ZhCn.Text("finding.unsupported_format.wps.problem"),
                ZhCn.Text("finding.unsupported_format.wps.expected"));
            return Outcome.Rejected(sink, null, folderYear);
        }

        using (source)
        {
            return SheetIngestor.Ingest(source, folderYear, sink, options.MaxRows, options.HomeCounty);
        }
    }

    private static IngestedFile Encrypted(FindingSink sink, int? folderYear)
    {
        sink.FileError(FindingCodes.EncryptedFile, null, null, null, ZhCn.Text("finding.encrypted_file.problem"), ZhCn.Text("finding.encrypted_file.expected"));
        return Outcome.Rejected(sink, null, folderYear);
    }

    private static IngestedFile ReadCsv(byte[] bytes, FindingSink sink, int? folderYear, IngestionOptions options)
    {
        var encoding = CsvEncodingDetector.Detect(bytes);
        if (encoding.BomOverGb18030)
        {
            sink.FileError(FindingCodes.BadEncoding, encoding.BadLine, null, null,
                ZhCn.Text("finding.bad_encoding.bom_over_gb18030.problem"),
                ZhCn.Text("finding.bad_encoding.bom_over_gb18030.expected"));
            return Outcome.Rejected(sink, null, folderYear);
        }
        if (encoding.Encoding is null)
        {
            sink.FileError(FindingCodes.BadEncoding, encoding.BadLine, null, null, ZhCn.Text("finding.bad_encoding.problem"),
                ZhCn.Text("finding.bad_encoding.expected"));
            return Outcome.Rejected(sink, null, folderYear);
        }
        var body = new MemoryStream(bytes, encoding.PreambleLength, bytes.Length - encoding.PreambleLength, writable: false);
        using var source = CsvRowSource.Open(body, encoding.Encoding);
        try
        {
            return SheetIngestor.Ingest(source, folderYear, sink, options.MaxRows, options.HomeCounty);
        }
        catch (CsvRecordTooLargeException tooLong)
        {
            // Either one enormous row or a quote opened and never closed, swallowing the rest of the file.
            sink.FileError(FindingCodes.UnreadableFile, tooLong.RowNumber, null, null, ZhCn.Text("finding.unreadable_file.line_too_long.problem"),
                ZhCn.Format("finding.unreadable_file.line_too_long.expected", ("max", CsvRowSource.MaxRecordChars)));
            return Outcome.Rejected(sink, null, folderYear);
        }
        catch (CsvFormatException broken)
        {
            // Usually an unbalanced quote: name the record so the steward can find it.
            sink.FileError(FindingCodes.UnreadableFile, broken.RowNumber, null, null, ZhCn.Text("finding.unreadable_file.bad_quotes.problem"),
                ZhCn.Text("finding.unreadable_file.bad_quotes.expected"));
            return Outcome.Rejected(sink, null, folderYear);
        }
    }

    private static IngestedFile Unsupported(FindingSink sink, int? folderYear)
    {
        sink.FileError(FindingCodes.UnsupportedFormat, null, null, Path.GetExtension(sink.File), ZhCn.Text("finding.unsupported_format.problem"),
            ZhCn.Text("finding.unsupported_format.expected"));
        return Outcome.Rejected(sink, null, folderYear);
    }
}
