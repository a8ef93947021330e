using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests;

/// <summary>Problems that reject a whole file, and the reasons named for the steward.</summary>
public class FileRejectionTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.1)]
    public void Xlsx_TruncatedBytes_IsUnreadableNotAnException(double keep)
    {
        var bytes = Samples.Statistics().ToXlsx("学校基础数据");
        var cut = bytes[..(int)(bytes.Length * keep)];

        var file = Ingest.Bytes(cut, "2024/学校基础数据.xlsx");

        Assert.True(file.Rejected);
        Assert.Empty(file.Statistics);
        var finding = FindingAssert.Single(file, FindingCodes.UnreadableFile, null, null);
        Assert.Contains("无法读取", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_NotAZipAtAll_IsUnreadable()
    {
        var file = Ingest.Bytes(Samples.Funding().ToUtf8Csv(), "2024/经费.xlsx");

        Assert.True(file.Rejected);
        FindingAssert.Single(file, FindingCodes.UnreadableFile, null, null);
    }

    [Theory]
    [InlineData("2024/空.xlsx")]
    [InlineData("2024/空.csv")]
    public void Read_EmptyFile_IsRejected(string name)
    {
        var file = Ingest.Bytes([], name);

        Assert.True(file.Rejected);
        var finding = FindingAssert.Single(file, FindingCodes.EmptyFile, null, null);
        Assert.Contains(name, finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_OnlyBomAndBlankLines_IsEmpty()
    {
        var file = Ingest.Bytes([0xEF, 0xBB, 0xBF, 0x0D, 0x0A, 0x0D, 0x0A], "2024/空.csv");

        Assert.True(file.Rejected);
        FindingAssert.Single(file, FindingCodes.EmptyFile, null, null);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public void Read_HeaderOnly_HasNoDataRows(string format)
    {
        var table = Samples.Funding() with { Rows = [] };
        // MiniExcel writes no header for no rows, so the xlsx is written by hand.
        var file = format == "xlsx"
            ? Ingest.Bytes(RawXlsx.Write("Sheet1", RawXlsx.FromTable(table)), "2024/经费.xlsx")
            : Ingest.Csv(table);

        Assert.True(file.Rejected);
        Assert.Equal(FileKind.Funding, file.Kind);
        Assert.Equal(0, file.RowsRead);
        FindingAssert.Single(file, FindingCodes.NoDataRows, null, null);
    }

    [Fact]
    public void Year_RowsOfAnotherYear_RejectTheFile()
    {
        var table = Samples.Statistics().With(3, "学年", 2023).With(4, "学年", 2023);

        var file = Ingest.Xlsx(table, "学校基础数据");

        Assert.True(file.Rejected);
        Assert.Empty(file.Statistics);
        Assert.Equal(3, file.RowsRead);
        var finding = FindingAssert.Single(file, FindingCodes.YearMismatch, 3, "学年");
        Assert.Equal("2023", finding.Value);
        Assert.Contains("2024", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("共 2 行", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Year_WholeFileOfAnotherYearThanFolder_IsRejected()
    {
        var file = Ingest.Bytes(Samples.Funding().ToUtf8Csv(), "2025/经费.csv", folderYear: 2025);

        Assert.True(file.Rejected);
        FindingAssert.Single(file, FindingCodes.YearMismatch, 2, "学年");
    }

    [Fact]
    public void Size_SeekableStreamOverLimit_IsRejectedUnread()
    {
        var bytes = Samples.Statistics().ToUtf8Csv();
        var options = new IngestionOptions { MaxFileBytes = bytes.Length - 1 };

        using var stream = new MemoryStream(bytes);
        var file = FileIngestor.Read(stream, "2024/学校基础数据.csv", 2024, options);

        Assert.True(file.Rejected);
        Assert.Equal(0, stream.Position);
        var finding = FindingAssert.Single(file, FindingCodes.FileTooLarge, null, null);
        Assert.Contains((bytes.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Size_ForwardOnlyStreamOverLimit_StopsReadingPastTheLimit()
    {
        var bytes = new byte[1_000_000];
        bytes.AsSpan().Fill((byte)'a');
        using var stream = new ForwardOnlyStream(bytes);

        var file = FileIngestor.Read(stream, "2024/大.csv", 2024, new IngestionOptions { MaxFileBytes = 100_000 });

        Assert.True(file.Rejected);
        Assert.True(stream.BytesRead < 200_000, $"read {stream.BytesRead} bytes");
        FindingAssert.Single(file, FindingCodes.FileTooLarge, null, null);
    }

    [Fact]
    public void Oversized_StoredLengthOverLimit_SameFindingAsAReadFileWithoutAStream()
    {
        var options = new IngestionOptions { MaxFileBytes = 1000 };
        using var stream = new MemoryStream(new byte[5000]);

        var unread = FileIngestor.Oversized("2024/学校基础数据.csv", 2024, 5000, options);

        var read = FileIngestor.Read(stream, "2024/学校基础数据.csv", 2024, options);
        Assert.True(unread.Rejected);
        Assert.Equal(2024, unread.Year);
        Assert.Equal(FindingAssert.Single(read, FindingCodes.FileTooLarge, null, null), FindingAssert.Single(unread, FindingCodes.FileTooLarge, null, null));
    }

    [Fact]
    public void Oversized_LengthWithinLimit_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FileIngestor.Oversized("2024/a.csv", 2024, 1000, new IngestionOptions { MaxFileBytes = 1000 }));
    }

    [Fact]
    public void Size_FileAtTheLimit_IsRead()
    {
        var bytes = Samples.Funding().ToUtf8Csv();

        var file = Ingest.Bytes(bytes, "2024/经费.csv", options: new IngestionOptions { MaxFileBytes = bytes.Length });

        Assert.False(file.Rejected, FindingAssert.Describe(file));
    }

    [Fact]
    public void Csv_UnclosedQuote_IsRejectedNotThrown()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("学年,指标代码,数值,说明\n2024,G1,是,\"未闭合的引号\n2024,G2,是,x\n");

        var file = Ingest.Bytes(bytes, "2024/县级.csv");

        Assert.True(file.Rejected);
        Assert.Empty(file.Figures);
        var finding = FindingAssert.Single(file, FindingCodes.UnreadableFile, 2, null);
        Assert.Contains("引号", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_OtherExtension_IsUnsupported()
    {
        var file = Ingest.Bytes(Samples.Funding().ToUtf8Csv(), "2024/经费.ods");

        Assert.True(file.Rejected);
        FindingAssert.Single(file, FindingCodes.UnsupportedFormat, null, null);
    }

    /// <summary>A real stream that cannot seek, as a network body is; it counts what was taken from it.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream inner = new(bytes);
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
