using System.Text;
using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests.Header;

/// <summary>Exports from office software often carry a title row or two above the header.</summary>
public sealed class TitleRowTests
{
    private static byte[] CsvWithTitle(params string[] titles)
    {
        var body = Encoding.UTF8.GetString(Samples.Statistics().ToUtf8Csv());
        return Encoding.UTF8.GetBytes(string.Concat(titles.Select(t => t + "\n")) + body);
    }

    [Fact]
    public void TitleRow_AboveTheHeader_IsSkippedWithAWarningAndRowsKeepTheirNumbers()
    {
        var file = Ingest.Bytes(CsvWithTitle("2024年昌吉市学校基础数据统计表", "填报单位：昌吉市教育局"), "2024/data.csv");

        Assert.False(file.Rejected);
        Assert.Equal(Ingest.Csv(Samples.Statistics()).Statistics, file.Statistics);
        var warnings = file.Findings.Where(f => f.Code == FindingCodes.TitleRowSkipped).ToList();
        Assert.Equal([1, 2], warnings.Select(w => w.Row));
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Contains("2024年昌吉市学校基础数据统计表", warnings[0].MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void TitleRow_RowErrorsBelow_NameTheRowAsTheStewardSeesIt()
    {
        var table = Samples.Statistics().With(2, "小学在校生数", -3);
        var body = Encoding.UTF8.GetString(table.ToUtf8Csv());
        var file = Ingest.Bytes(Encoding.UTF8.GetBytes("统计表\n" + body), "2024/data.csv");

        var finding = Assert.Single(file.Findings, f => f.Code == FindingCodes.NegativeCount);
        Assert.Equal(3, finding.Row);
    }

    [Fact]
    public void TitleRows_NoHeaderInTheFirstRows_IsAnUnknownKindAtTheFirstRow()
    {
        var file = Ingest.Bytes(CsvWithTitle("a", "b", "c", "d", "e", "f", "g").AsSpan(0, 14).ToArray(), "2024/data.csv");

        Assert.True(file.Rejected);
        FindingAssert.Single(file, FindingCodes.UnknownKind, 1, null);
    }
}
