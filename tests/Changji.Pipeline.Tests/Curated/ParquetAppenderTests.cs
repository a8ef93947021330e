using Changji.Pipeline.Curated;
using ParquetSharp;

namespace Changji.Pipeline.Tests.Curated;

public sealed class ParquetAppenderTests
{
    private static FactDataQualityRow Row(int i) => new()
    {
        CountyCode = i % 2 == 0 ? "652301" : "652302",
        Year = 2024,
        File = "2024/school_statistics.csv",
        Sha256 = "",
        Row = i,
        Severity = "error",
        Code = "negative",
        MessageZh = $"第 {i} 行",
    };

    [Fact]
    public async Task ToArray_RowsOfOneBatch_GivesTheBytesOfAWholeWrite()
    {
        var rows = Enumerable.Range(0, 1000).Select(Row).ToList();
        using var appender = new ParquetAppender<FactDataQualityRow>();
        await appender.AddAsync(rows.Take(400));
        await appender.AddAsync(rows.Skip(400));

        Assert.Equal(await ParquetTable.WriteAsync(rows), await appender.ToArrayAsync());
    }

    [Fact]
    public async Task ToArray_RowsOverABatch_WritesRowGroupsThatReadBackAsTheSameRows()
    {
        var rows = Enumerable.Range(0, (2 * ParquetAppender<FactDataQualityRow>.RowsPerGroup) + 7).Select(Row).ToList();
        using var appender = new ParquetAppender<FactDataQualityRow>();
        foreach (var chunk in rows.Chunk(ParquetAppender<FactDataQualityRow>.RowsPerGroup / 2))
        {
            await appender.AddAsync(chunk);
        }

        var bytes = await appender.ToArrayAsync();

        Assert.Equal(rows, await ParquetTable.ReadAsync<FactDataQualityRow>(bytes));
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, bytes);
            using var file = new ParquetFileReader(path);
            Assert.Equal(3, file.FileMetaData.NumRowGroups);
            Assert.Equal(rows.Count, file.FileMetaData.NumRows);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ToArray_NoRows_GivesAReadableEmptyTable()
    {
        using var appender = new ParquetAppender<FactDataQualityRow>();

        Assert.Empty(await ParquetTable.ReadAsync<FactDataQualityRow>(await appender.ToArrayAsync()));
    }
}
