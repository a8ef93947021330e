using Changji.Evaluation.Facts;

namespace Changji.Ingestion.Tests;

/// <summary>
/// A file with more accepted rows than a chunk: checked with the same findings and counts as a whole read, its rows
/// kept as keys only, then read again in chunks that together are exactly the whole read's rows.
/// </summary>
public class ChunkedReadingTests
{
    private static readonly IngestionOptions Small = new() { RowsPerChunk = 7 };

    /// <summary>
    /// Sample rows repeated under new codes, with one duplicate and one negative count, so some rows
    /// are rejected and some findings raised. GB18030 with names long enough that a 64 KiB block ends inside a character.
    /// </summary>
    private static Table Many(int schools)
    {
        var template = Samples.Statistics();
        var rows = new List<object?[]>();
        for (var i = 0; i < schools; i++)
        {
            var row = (object?[])template.Rows[i % template.Rows.Count].Clone();
            row[1] = (6523010100L + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            row[2] = $"昌吉市第{i}号合成学校（用于分块读取的较长名称）";
            rows.Add(row);
        }

        if (schools > 20)
        {
            rows[20][7] = -5;
            rows.Add(rows[3]);
        }

        return template with { Rows = rows };
    }

    [Theory]
    [InlineData("2024/学校基础数据.csv")]
    [InlineData("2024/学校基础数据.xlsx")]
    public void Check_MoreRowsThanAChunk_SameFindingsAndCountsAsRead_RowsNotHeld(string name)
    {
        var bytes = name.EndsWith(".csv", StringComparison.Ordinal) ? Many(900).ToCsv(Ingest.Gbk) : Many(900).ToXlsx();
        var whole = Ingest.Bytes(bytes, name);
        using var stream = new MemoryStream(bytes, writable: false);

        var checkedFile = FileIngestor.Check(stream, name, 2024, Small);

        Assert.True(whole.RowsHeld);
        Assert.False(checkedFile.RowsHeld);
        Assert.Empty(checkedFile.Statistics);
        Assert.Equal(whole.RowsAccepted, checkedFile.RowsAccepted);
        Assert.Equal(whole.RowsRead, checkedFile.RowsRead);
        Assert.Equal(whole.RejectedKeys, checkedFile.RejectedKeys);
        Assert.Equal(whole.Counties, checkedFile.Counties);
        Assert.Equal(whole.Findings, checkedFile.Findings);
        Assert.Equal(2, whole.RowsRejected);
    }

    [Theory]
    [InlineData("2024/学校基础数据.csv")]
    [InlineData("2024/学校基础数据.xlsx")]
    public void ReadChunks_AcceptedFile_ChunksOfAtMostTheSettingMakeExactlyTheWholeReadsRows(string name)
    {
        var bytes = name.EndsWith(".csv", StringComparison.Ordinal) ? Many(900).ToCsv(Ingest.Gbk) : Many(900).ToXlsx();
        var whole = Ingest.Bytes(bytes, name);
        using var stream = new MemoryStream(bytes, writable: false);

        var chunks = FileIngestor.ReadChunks(stream, name, 2024, Small).ToList();

        Assert.All(chunks, c => Assert.InRange(c.Count, 1, Small.RowsPerChunk));
        Assert.Equal(whole.Statistics, chunks.SelectMany(c => c.Statistics));
        Assert.Equal((whole.RowsAccepted + Small.RowsPerChunk - 1) / Small.RowsPerChunk, chunks.Count);
    }

    [Fact]
    public void Check_FewerRowsThanAChunk_HoldsThemAsReadDoes()
    {
        var bytes = Samples.Funding().ToUtf8Csv();
        using var stream = new MemoryStream(bytes, writable: false);

        var file = FileIngestor.Check(stream, "2024/学校经费.csv", 2024, Small);

        Assert.True(file.RowsHeld);
        Assert.Equal(Ingest.Bytes(bytes, "2024/学校经费.csv").Funding, file.Funding);
    }

    [Fact]
    public void Check_FundingFileOverAChunk_KeepsEachRowsYearAndSchool()
    {
        var template = Samples.Funding();
        var rows = Enumerable.Range(0, 30).Select(i => new object?[] { 2024, $"65230199{i:D2}", $"学校{i}", 1000, 50, 900 }).ToList();
        var bytes = (template with { Rows = rows }).ToUtf8Csv();
        using var stream = new MemoryStream(bytes, writable: false);

        var file = FileIngestor.Check(stream, "2024/学校经费.csv", 2024, Small);

        Assert.False(file.RowsHeld);
        Assert.Empty(file.Funding);
        Assert.Equal(rows.Select(r => new FundingSchool(2024, (string)r[1]!, (string)r[2]!)), file.FundingSchools);
        Assert.Equal([null], file.Counties);
    }

    [Fact]
    public void ReadChunks_RejectedFile_YieldsNothing()
    {
        var bytes = Samples.Statistics().WithoutColumn("学校标识码").ToUtf8Csv();
        using var stream = new MemoryStream(bytes, writable: false);

        Assert.Empty(FileIngestor.ReadChunks(stream, "2024/学校基础数据.csv", 2024, Small));
    }

    [Fact]
    public void Statistics_RowsOfChunks_AreTheFactsOfTheRows()
    {
        var bytes = Many(20).ToUtf8Csv();
        using var stream = new MemoryStream(bytes, writable: false);

        var schools = FileIngestor.ReadChunks(stream, "2024/学校基础数据.csv", 2024, Small).SelectMany(c => c.Statistics).ToList();

        Assert.Equal(SchoolType.Primary, schools[0].SchoolType);
        Assert.Equal("昌吉市第19号合成学校（用于分块读取的较长名称）", schools[^1].SchoolName);
    }
}
