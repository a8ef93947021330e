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
    /// <param name="content">The file's bytes, never written or closed. A seekable stream at its start is read where it
    /// lies (twice over for a CSV's encoding, at the offsets a workbook's directory gives); any other is first
    /// buffered, up to <see cref="IngestionOptions.MaxFileBytes"/>.</param>
    /// <param name="fileName">The name shown to the steward (e.g. <c>2024/学校基础数据.xlsx</c>); its extension picks the format.</param>
    /// <param name="folderYear">The 学年 of the folder the file was dropped in; every row must name it. Null to take the rows' year.</param>
    public static IngestedFile Read(Stream content, string fileName, int? folderYear, IngestionOptions? options = null) =>
        Hold(content, fileName, folderYear, options ?? IngestionOptions.Default, int.MaxValue);

    /// <summary>
    /// Reads and checks the file as <see cref="Read"/> does, with the same findings and counts, but holds its accepted rows
    /// only when they fit in one chunk (<see cref="IngestionOptions.RowsPerChunk"/>); otherwise
    /// <see cref="IngestedFile.RowsHeld"/> is false and <see cref="ReadChunks"/> reads them again to be stored.
    /// Memory then grows with the file's keys (a school code per row), not with its rows.
    /// </summary>
    public static IngestedFile Check(Stream content, string fileName, int? folderYear, IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Hold(content, fileName, folderYear, options, options.RowsPerChunk);
    }

    /// <summary>
    /// The accepted rows of a file that <see cref="Check"/> accepted, read again from the same bytes, in chunks of at most
    /// <see cref="IngestionOptions.RowsPerChunk"/> rows, each produced as the one before is consumed. Findings are not
    /// collected again: they are <see cref="Check"/>'s. Nothing for a file the reading refuses.
    /// </summary>
    public static IEnumerable<RowChunk> ReadChunks(Stream content, string fileName, int? folderYear, IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(options);
        var sink = new FindingSink(fileName, options.MaxFindingsPerCode);
        var (refused, source) = Open(content, sink, folderYear, options);
        if (refused is not null || source is null)
        {
            yield break;
        }

        using (source)
        {
            var result = new SheetResult();
            foreach (var chunk in SheetIngestor.Read(source, folderYear, sink, options.MaxRows, options.HomeCounty, options.RowsPerChunk, result))
            {
                yield return chunk;
            }

            if (result.File is { Rejected: false } && result.Rows is { Count: > 0 } rest)
            {
                yield return rest.TakeChunk();
            }
        }
    }

    private static IngestedFile Hold(Stream content, string fileName, int? folderYear, IngestionOptions options, int chunkRows)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var sink = new FindingSink(fileName, options.MaxFindingsPerCode);
        try
        {
            var (refused, source) = Open(content, sink, folderYear, options);
            if (refused is not null || source is null)
            {
                return refused!;
            }

            using (source)
            {
                var result = new SheetResult();
                foreach (var _ in SheetIngestor.Read(source, folderYear, sink, options.MaxRows, options.HomeCounty, chunkRows, result))
                {
                    // A chunk past the hold is not kept: the rows are read again to be stored.
                }

                return result.File!;
            }
        }
        catch (ExcelDataReader.Exceptions.InvalidPasswordException)
        {
            // An .xls with an opening password (its records are RC4-encrypted): not damage, a setting to undo.
            return Encrypted(sink, folderYear);
        }
        catch (CellTooLongException tooLong)
        {
            sink.FileError(FindingCodes.UnreadableFile, tooLong.RowNumber, null, ZhCn.Format("finding.unreadable_file.cell_too_long.value", ("chars", tooLong.Length)),
                ZhCn.Text("finding.unreadable_file.cell_too_long.problem"),
                ZhCn.Format("finding.unreadable_file.cell_too_long.expected", ("max", CellTooLongException.MaxChars)));
            return Outcome.Rejected(sink, null, folderYear);
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

    /// <summary>The file's rows to read, or the answer to a file refused before them (size, encoding, format, package).</summary>
    private static (IngestedFile? Refused, IRowSource? Source) Open(Stream content, FindingSink sink, int? folderYear, IngestionOptions options)
    {
        if (!content.CanSeek || content.Position != 0)
        {
            var buffer = BoundedBuffer.Read(content, options.MaxFileBytes);
            if (buffer.Bytes is not { } bytes)
            {
                var seen = buffer.SeenBytes > options.MaxFileBytes && !content.CanSeek ? ZhCn.Format("finding.file_too_large.value.over", ("bytes", options.MaxFileBytes))
                    : ZhCn.Format("finding.file_too_large.value.size", ("bytes", buffer.SeenBytes));
                return (TooLarge(sink, seen, folderYear, options), null);
            }

            content = new MemoryStream(bytes, writable: false);
        }
        else if (content.Length > options.MaxFileBytes)
        {
            return (TooLarge(sink, ZhCn.Format("finding.file_too_large.value.size", ("bytes", content.Length)), folderYear, options), null);
        }

        if (content.Length == 0)
        {
            sink.FileError(FindingCodes.EmptyFile, null, null, null, ZhCn.Text("finding.empty_file.problem"), ZhCn.Text("finding.empty_file.expected"));
            return (Outcome.Rejected(sink, null, folderYear), null);
        }

        Span<byte> head = stackalloc byte[CompoundFile.Signature.Length];
        head = head[..content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        content.Position = 0;
        if (CompoundFile.IsCompoundFile(head))
        {
            // Excel 97-2003 (at most 65 536 rows) and encrypted packages: their readers take the compound file whole.
            var bytes = ReadWhole(content);
            return FileFormats.Detect(sink.File, bytes) switch
            {
                FileFormat.Biff => OpenBiff(bytes, sink, folderYear),
                FileFormat.Encrypted => (Encrypted(sink, folderYear), null),
                _ => (Unsupported(sink, folderYear), null),
            };
        }

        // Without the compound signature, the first bytes decide as the whole file would.
        return FileFormats.Detect(sink.File, head) switch
        {
            FileFormat.OpenXml => OpenXml(content, sink, folderYear, options),
            FileFormat.Csv => OpenCsv(content, sink, folderYear),
            // An .xls name on other bytes: its reader reports them unreadable, as it would any damaged .xls.
            FileFormat.Biff => OpenBiff(ReadWhole(content), sink, folderYear),
            _ => (Unsupported(sink, folderYear), null),
        };
    }

    private static byte[] ReadWhole(Stream content)
    {
        var bytes = new byte[content.Length];
        content.Position = 0;
        content.ReadExactly(bytes);
        return bytes;
    }

    private static (IngestedFile? Refused, IRowSource? Source) OpenXml(Stream content, FindingSink sink, int? folderYear, IngestionOptions options)
    {
        // Sizes first, declared then counted while inflating: a zip bomb is refused before any part is parsed.
        if (WorkbookPackage.Check(content, options) is { } excess)
        {
            var expected = excess.RatioExceeded
                ? ZhCn.Format("finding.unpacked_too_large.ratio.expected", ("ratio", options.MaxCompressionRatio))
                : ZhCn.Format("finding.unpacked_too_large.expected", ("max", options.MaxUnpackedPartBytes), ("total", options.MaxUnpackedTotalBytes));
            sink.FileError(FindingCodes.UnpackedTooLarge, null, null,
                ZhCn.Format(excess.Counted ? "finding.unpacked_too_large.value.counted" : "finding.unpacked_too_large.value",
                    ("part", excess.Part), ("unpacked", excess.Unpacked), ("packed", excess.Packed)),
                ZhCn.Text("finding.unpacked_too_large.problem"), expected);
            return (Outcome.Rejected(sink, null, folderYear), null);
        }

        content.Position = 0;
        return (null, XlsxRowSource.Open(content));
    }

    private static (IngestedFile? Refused, IRowSource? Source) OpenBiff(byte[] bytes, FindingSink sink, int? folderYear)
    {
        // The reader stops quietly where a cut file's records end: refuse it rather than take the rows before the cut.
        if (CompoundFileStream.Read(bytes, "Workbook", "Book") is { } workbook && BiffStream.IsCut(workbook))
        {
            sink.FileError(FindingCodes.UnreadableFile, null, null, null, ZhCn.Text("finding.unreadable_file.truncated.problem"),
                ZhCn.Text("finding.unreadable_file.truncated.expected"));
            return (Outcome.Rejected(sink, null, folderYear), null);
        }

        try
        {
            return (null, XlsxRowSource.Open(new MemoryStream(bytes, writable: false), biff: true));
        }
        catch (Exception error) when (FileFormats.IsWps(sink.File) && error is not (OutOfMemoryException or ExcelDataReader.Exceptions.InvalidPasswordException))
        {
            // WPS's own .et is not always BIFF inside; the steward can save it as a format we read.
            sink.FileError(FindingCodes.UnsupportedFormat, null, null, Path.GetExtension(sink.File), ZhCn.Text("finding.unsupported_format.wps.problem"),
                ZhCn.Text("finding.unsupported_format.wps.expected"));
            return (Outcome.Rejected(sink, null, folderYear), null);
        }
    }

    private static IngestedFile Encrypted(FindingSink sink, int? folderYear)
    {
        sink.FileError(FindingCodes.EncryptedFile, null, null, null, ZhCn.Text("finding.encrypted_file.problem"), ZhCn.Text("finding.encrypted_file.expected"));
        return Outcome.Rejected(sink, null, folderYear);
    }

    private static (IngestedFile? Refused, IRowSource? Source) OpenCsv(Stream content, FindingSink sink, int? folderYear)
    {
        var encoding = CsvEncodingDetector.Detect(content);
        if (encoding.BomOverGb18030)
        {
            sink.FileError(FindingCodes.BadEncoding, encoding.BadLine, null, null,
                ZhCn.Text("finding.bad_encoding.bom_over_gb18030.problem"),
                ZhCn.Text("finding.bad_encoding.bom_over_gb18030.expected"));
            return (Outcome.Rejected(sink, null, folderYear), null);
        }
        if (encoding.Encoding is null)
        {
            sink.FileError(FindingCodes.BadEncoding, encoding.BadLine, null, null, ZhCn.Text("finding.bad_encoding.problem"),
                ZhCn.Text("finding.bad_encoding.expected"));
            return (Outcome.Rejected(sink, null, folderYear), null);
        }

        content.Position = encoding.PreambleLength;
        return (null, CsvRowSource.Open(content, encoding.Encoding));
    }

    private static IngestedFile Unsupported(FindingSink sink, int? folderYear)
    {
        sink.FileError(FindingCodes.UnsupportedFormat, null, null, Path.GetExtension(sink.File), ZhCn.Text("finding.unsupported_format.problem"),
            ZhCn.Text("finding.unsupported_format.expected"));
        return Outcome.Rejected(sink, null, folderYear);
    }
}
