using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests.Findings;

/// <summary>A steward reads the rejection of a damaged file: plain Chinese, no .NET exception names.</summary>
public class UnreadableMessageTests
{
    [Theory]
    [InlineData(3000)]
    [InlineData(200)]
    public void Unreadable_TruncatedXlsx_MessageIsPlainChinese(int keep)
    {
        var file = Ingest.Bytes(Samples.Statistics().ToXlsx()[..keep], "2024/学校基础数据.xlsx");

        Assert.True(file.Rejected);
        var finding = FindingAssert.Single(file, FindingCodes.UnreadableFile, null, null);
        Assert.DoesNotContain("Exception", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("2024/学校基础数据.xlsx", finding.MessageZh, StringComparison.Ordinal);
    }
}
