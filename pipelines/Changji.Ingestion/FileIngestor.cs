using Sylvan.Data.Csv;

namespace Changji.Ingestion;

/// <summary>
/// Reads one steward file (input-files.md) into typed facts and Chinese findings. Pure: it reads
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
        var sink = new FindingSink(fileName);
        try
        {
            return ReadChecked(content, sink, folderYear, options);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // A damaged zip, malformed XML or broken CSV quoting surfaces here, mid-read or at open.
            // The steward reads this: no .NET type names, just what to do.
            sink.FileError(FindingCodes.UnreadableFile, null, null, null, "无法读取（文件已损坏或格式不正确）",
                "应为完整有效的 .xlsx 或 .csv 文件；请在 Excel 或 WPS 中打开确认无误后重新保存再提交");
            return Outcome.Rejected(sink, null, folderYear);
        }
    }

    private static IngestedFile ReadChecked(Stream content, FindingSink sink, int? folderYear, IngestionOptions options)
    {
        var buffer = BoundedBuffer.Read(content, options.MaxFileBytes);
        if (buffer.Bytes is not { } bytes)
        {
            var seen = buffer.SeenBytes > options.MaxFileBytes && !content.CanSeek ? $"超过 {options.MaxFileBytes} 字节" : $"{buffer.SeenBytes} 字节";
            sink.FileError(FindingCodes.FileTooLarge, null, null, seen, "过大，未被读取", $"文件大小应不超过 {options.MaxFileBytes} 字节");
            return Outcome.Rejected(sink, null, folderYear);
        }
        if (bytes.Length == 0)
        {
            sink.FileError(FindingCodes.EmptyFile, null, null, null, "是空文件", "应包含表头行和至少一行数据");
            return Outcome.Rejected(sink, null, folderYear);
        }
        return FileFormats.Detect(sink.File, bytes) switch
        {
            FileFormat.Xlsx => ReadXlsx(bytes, sink, folderYear),
            FileFormat.Csv => ReadCsv(bytes, sink, folderYear),
            _ => Unsupported(sink, folderYear),
        };
    }

    private static IngestedFile ReadXlsx(byte[] bytes, FindingSink sink, int? folderYear)
    {
        using var source = XlsxRowSource.Open(new MemoryStream(bytes, writable: false));
        return SheetIngestor.Ingest(source, folderYear, sink);
    }

    private static IngestedFile ReadCsv(byte[] bytes, FindingSink sink, int? folderYear)
    {
        var encoding = CsvEncodingDetector.Detect(bytes);
        if (encoding.BomOverGb18030)
        {
            sink.FileError(FindingCodes.BadEncoding, encoding.BadLine, null, null,
                "开头带有 UTF-8 的 BOM 标记，内容却是 GB18030（GBK）编码，两者不一致",
                "请在 Excel 或 WPS 中打开后重新另存为「CSV UTF-8」，或另存为普通 CSV（GBK，不带 BOM）");
            return Outcome.Rejected(sink, null, folderYear);
        }
        if (encoding.Encoding is null)
        {
            sink.FileError(FindingCodes.BadEncoding, encoding.BadLine, null, null, "内容无法按 UTF-8 或 GB18030（GBK）解读",
                "CSV 文件应以 UTF-8（可带 BOM）或 GB18030/GBK 编码保存");
            return Outcome.Rejected(sink, null, folderYear);
        }
        var body = new MemoryStream(bytes, encoding.PreambleLength, bytes.Length - encoding.PreambleLength, writable: false);
        using var source = CsvRowSource.Open(body, encoding.Encoding);
        try
        {
            return SheetIngestor.Ingest(source, folderYear, sink);
        }
        catch (CsvRecordTooLargeException tooLong)
        {
            // Either one enormous row or a quote opened and never closed, swallowing the rest of the file.
            sink.FileError(FindingCodes.UnreadableFile, tooLong.RowNumber, null, null, "CSV 中有一行过长，无法读取",
                $"每行应不超过 {CsvRowSource.MaxRecordChars} 个字符；请检查该行起是否有以 \" 开始却没有以 \" 结束的值");
            return Outcome.Rejected(sink, null, folderYear);
        }
        catch (CsvFormatException broken)
        {
            // Usually an unbalanced quote: name the record so the steward can find it.
            sink.FileError(FindingCodes.UnreadableFile, broken.RowNumber, null, null, "CSV 格式不正确，无法读取",
                "引号应成对出现：以 \" 开始的值须以 \" 结束，值中的引号写作 \"\"");
            return Outcome.Rejected(sink, null, folderYear);
        }
    }

    private static IngestedFile Unsupported(FindingSink sink, int? folderYear)
    {
        sink.FileError(FindingCodes.UnsupportedFormat, null, null, Path.GetExtension(sink.File), "不是支持的文件格式",
            "应为 .xlsx 或 .csv 文件");
        return Outcome.Rejected(sink, null, folderYear);
    }
}
