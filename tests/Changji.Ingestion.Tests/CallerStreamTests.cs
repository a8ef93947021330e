namespace Changji.Ingestion.Tests;

/// <summary>The original file is kept unchanged: Read neither writes nor closes the caller's stream, whatever it holds.</summary>
public class CallerStreamTests
{
    [Theory]
    [InlineData("2024/学校基础数据.xlsx", true)]
    [InlineData("2024/学校基础数据.xlsx", false)]
    [InlineData("2024/学校基础数据.csv", true)]
    public void Read_GoodOrDamagedFile_LeavesCallerStreamOpenAndBytesUnchanged(string name, bool damaged)
    {
        var bytes = name.EndsWith(".xlsx", StringComparison.Ordinal) ? Samples.Statistics().ToXlsx() : Samples.Statistics().ToCsv(Ingest.Gbk);
        if (damaged)
        {
            bytes = bytes[..(bytes.Length / 2)];
        }

        var copy = bytes.ToArray();
        using var stream = new MemoryStream(bytes, writable: true);

        var file = FileIngestor.Read(stream, name, 2024);

        if (name.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            Assert.Equal(damaged, file.Rejected);
        }
        else
        {
            Assert.NotEmpty(file.Findings);
        }

        Assert.True(stream.CanRead);
        Assert.Equal(copy, bytes);
    }
}
