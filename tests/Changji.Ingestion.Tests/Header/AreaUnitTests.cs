using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests.Header;

/// <summary>Header units apply to the columns that measure that thing — areas or money — and nowhere else.</summary>
public class AreaUnitTests
{
    [Theory]
    [InlineData("教学及辅助用房面积（平方米）", "教学及辅助用房面积(m²)")]
    [InlineData("教学及辅助用房面积（平方米）", "teaching_area (m2)")]
    [InlineData("其中：室内体育用房面积（平方米）", "其中:室内体育用房面积(M²)")]
    [InlineData("其中：室内体育用房面积（平方米）", "室内体育用房面积")]
    [InlineData("运动场地面积（平方米）", "运动场地面积（㎡）")]
    [InlineData("音乐专用教室最小面积（平方米）", "music_room_min_area_m2")]
    [InlineData("美术专用教室最小面积（平方米）", "美术专用教室最小面积")]
    public void Area_OtherSpellingOfSquareMetres_ReadsTheSameValue(string header, string written)
    {
        var file = Ingest.Csv(Samples.Statistics().Rename(header, written));

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Empty(file.Findings);
        Assert.Equal(Ingest.Csv(Samples.Statistics()).Statistics, file.Statistics);
    }

    [Theory]
    [InlineData("教学及辅助用房面积（平方米）", "教学及辅助用房面积（万元）")]
    [InlineData("运动场地面积（平方米）", "运动场地面积（元）")]
    [InlineData("教学仪器设备资产值（万元）", "教学仪器设备资产值（平方米）")]
    [InlineData("小学在校生数", "小学在校生数（万元）")]
    [InlineData("网络多媒体教室数", "网络多媒体教室数(m²)")]
    public void Unit_OnAColumnThatDoesNotMeasureIt_RejectsFileNamingTheColumn(string header, string written)
    {
        var file = Ingest.Xlsx(Samples.Statistics().Rename(header, written));

        Assert.True(file.Rejected);
        var finding = FindingAssert.Single(file, FindingCodes.UnsupportedUnit, 1, written);
        Assert.Contains("单位", finding.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("小学在校生数", "小学在校生数（人）")]
    [InlineData("网络多媒体教室数", "网络多媒体教室数（间）")]
    [InlineData("小学教学班数", "小学教学班数(个)")]
    public void Unit_CountWordOnACountColumn_IsAcceptedAndChangesNothing(string header, string written)
    {
        var file = Ingest.Xlsx(Samples.Statistics().Rename(header, written));

        Assert.False(file.Rejected);
        Assert.Equal(Ingest.Xlsx(Samples.Statistics()).Statistics, file.Statistics);
    }

    [Fact]
    public void Unit_CountWordOnAnAreaColumn_RejectsFile()
    {
        var file = Ingest.Xlsx(Samples.Statistics().Rename("运动场地面积（平方米）", "运动场地面积（人）"));

        Assert.True(file.Rejected);
        FindingAssert.Single(file, FindingCodes.UnsupportedUnit, 1, "运动场地面积（人）");
    }

    [Fact]
    public void Funding_TrainingBudgetInTenThousands_ConvertsOnlyThatColumn()
    {
        var table = Samples.Funding().Rename("教师培训经费预算（元）", "教师培训经费预算（万元）").With(2, "教师培训经费预算（万元）", 5);

        var file = Ingest.Xlsx(table);

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(50_000d, file.Funding[0].TrainingBudget);
        Assert.Equal(1_000_000d, file.Funding[0].PublicFundsBudget);
        Assert.Equal(980_000d, file.Funding[0].PublicFundsAllocated);
    }
}
