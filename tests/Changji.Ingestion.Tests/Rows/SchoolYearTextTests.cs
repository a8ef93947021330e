namespace Changji.Ingestion.Tests.Rows;

/// <summary>学年 written the ways stewards write it.</summary>
public sealed class SchoolYearTextTests
{
    [Theory]
    [InlineData("2024")]
    [InlineData("2024学年")]
    [InlineData("2024-2025")]
    [InlineData("2024—2025学年")]
    [InlineData(" 2024 ~ 2025 ")]
    public void Year_StewardSpelling_IsSchoolYear2024(string written)
    {
        var file = Ingest.Csv(Samples.Statistics().With(2, "学年", written));

        Assert.False(file.Rejected);
        Assert.Equal(2024, file.Year);
        Assert.Equal(3, file.Statistics.Count);
    }

    [Theory]
    [InlineData("2024-2026")]
    [InlineData("二〇二四")]
    public void Year_Unreadable_RejectsTheRow(string written)
    {
        var file = Ingest.Csv(Samples.Statistics().With(2, "学年", written));

        Assert.Contains(file.Findings, f => f.Row == 2 && f.Severity == Severity.Error);
        Assert.Equal(2, file.Statistics.Count);
    }
}
