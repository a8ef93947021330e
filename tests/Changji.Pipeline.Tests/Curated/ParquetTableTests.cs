using Changji.Pipeline.Curated;

namespace Changji.Pipeline.Tests.Curated;

public sealed class ParquetTableTests
{
    private static readonly FactAlertRow Alert = new()
    {
        AlertId = "a1",
        Year = 2024,
        Rule = "cv_over_limit",
        Severity = "high",
        Subject = "county",
        Level = "junior",
        IndicatorCode = "L2",
        MessageZh = "差异系数 0.512 超过限值 0.45",
        Status = "resolved",
        OpenedAt = new DateTime(2024, 11, 3, 8, 30, 0, DateTimeKind.Utc),
        ResolvedAt = new DateTime(2025, 11, 2, 9, 0, 0, DateTimeKind.Utc),
        OpenedYear = 2024,
        ResolvedYear = 2025,
    };

    [Fact]
    public async Task RoundTrip_AlertRow_ComesBackEqual()
    {
        var bytes = await ParquetTable.WriteAsync([Alert]);

        var back = await ParquetTable.ReadAsync<FactAlertRow>(bytes);

        Assert.Equal(Alert, Assert.Single(back));
    }

    [Fact]
    public async Task Write_SameRowsTwice_GivesTheSameBytes()
    {
        var first = await ParquetTable.WriteAsync([Alert, Alert with { AlertId = "a2" }]);
        var second = await ParquetTable.WriteAsync([Alert, Alert with { AlertId = "a2" }]);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Write_NoRows_GivesAReadableEmptyTable()
    {
        var bytes = await ParquetTable.WriteAsync(Array.Empty<FactDataQualityRow>());

        Assert.Empty(await ParquetTable.ReadAsync<FactDataQualityRow>(bytes));
    }
}
