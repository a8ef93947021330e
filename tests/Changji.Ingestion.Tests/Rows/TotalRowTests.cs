using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests.Rows;

/// <summary>Statistics exports end with a 合计 row; it is a sum, not a school.</summary>
public sealed class TotalRowTests
{
    private static Table WithTotal(string label, string? code) => Samples.Statistics().WithRow(
        2024, code, label, null, null, null, null, 2700, 1300, 0, 36, 27, null, null,
        110, 105, 108, 96, 15, 18, 13, 14, 214, 27000, 2300, 43000, 1270.5, 63, 5, null, 5, null);

    [Theory]
    [InlineData("合计")]
    [InlineData("总计")]
    public void TotalRow_WithoutACode_IsSkippedWithAWarning(string label)
    {
        var file = Ingest.Xlsx(WithTotal(label, null));

        Assert.False(file.Rejected);
        Assert.Equal(Ingest.Xlsx(Samples.Statistics()).Statistics, file.Statistics);
        Assert.Equal(3, file.RowsRead);
        var warning = FindingAssert.Single(file, FindingCodes.TotalRowSkipped, 5, null);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.DoesNotContain(file.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void TotalRow_LabelButWithASchoolCode_IsCheckedAsASchool()
    {
        var file = Ingest.Csv(WithTotal("合计", "6523010009"));

        Assert.DoesNotContain(file.Findings, f => f.Code == FindingCodes.TotalRowSkipped);
        Assert.Contains(file.Findings, f => f.Severity == Severity.Error && f.Row == 5);
    }
}
