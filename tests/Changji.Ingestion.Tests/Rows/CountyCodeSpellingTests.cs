using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests.Rows;

/// <summary>County codes typed with a Chinese input method come out full-width.</summary>
public sealed class CountyCodeSpellingTests
{
    [Theory]
    [InlineData("Ｇ１")]
    [InlineData("g1")]
    [InlineData(" G1 ")]
    public void CountyCode_FullWidthOrLowerCase_IsTheCanonicalCode(string written)
    {
        var file = Ingest.Csv(Samples.County().With(2, "指标代码", written));

        Assert.False(file.Rejected);
        Assert.Contains(file.Figures, f => f.Code == "G1" && f.Judgement == true);
        Assert.DoesNotContain(file.Findings, f => f.Code == FindingCodes.UnknownCountyCode);
    }
}
