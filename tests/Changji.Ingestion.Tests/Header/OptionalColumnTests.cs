using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests.Header;

/// <summary>A column the spec marks optional may be absent from the header altogether: the file is still read.</summary>
public class OptionalColumnTests
{
    [Theory]
    [InlineData("乡镇（街道）")]
    [InlineData("高中在校生数")]
    [InlineData("小学最大班额")]
    [InlineData("初中最大班额")]
    [InlineData("小学专科及以上学历专任教师数")]
    [InlineData("初中本科及以上学历专任教师数")]
    [InlineData("小学县级以上骨干教师数")]
    [InlineData("初中县级以上骨干教师数")]
    [InlineData("小学体育艺术专任教师数")]
    [InlineData("初中体育艺术专任教师数")]
    [InlineData("持教师资格证专任教师数")]
    [InlineData("教学及辅助用房面积（平方米）")]
    [InlineData("其中：室内体育用房面积（平方米）")]
    [InlineData("运动场地面积（平方米）")]
    [InlineData("教学仪器设备资产值（万元）")]
    [InlineData("网络多媒体教室数")]
    [InlineData("音乐专用教室数")]
    [InlineData("音乐专用教室最小面积（平方米）")]
    [InlineData("美术专用教室数")]
    [InlineData("美术专用教室最小面积（平方米）")]
    public void Statistics_OptionalColumnAbsent_FileIsNotRejected(string column)
    {
        var file = Ingest.Csv(Samples.Statistics().WithoutColumn(column));

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.DoesNotContain(file.Findings, f => f.Row is null || f.Code == FindingCodes.MissingColumn);
        Assert.Equal(3, file.RowsRead);
    }

    [Fact]
    public void Statistics_SeniorStudentsAbsent_DefaultsToZero()
    {
        var file = Ingest.Xlsx(Samples.Statistics().WithoutColumn("高中在校生数"));

        Assert.Equal(3, file.RowsAccepted);
        Assert.All(file.Statistics, s => Assert.Equal(0, s.SeniorStudents));
    }

    [Theory]
    [InlineData("学校名称")]
    [InlineData("公用经费预算总额（元）")]
    [InlineData("教师培训经费预算（元）")]
    [InlineData("公用经费实际拨付（元）")]
    public void Funding_OptionalColumnAbsent_RowsAccepted(string column)
    {
        var file = Ingest.Csv(Samples.Funding().WithoutColumn(column));

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(2, file.RowsAccepted);
    }

    [Fact]
    public void County_NoteAbsent_RowsAccepted()
    {
        var file = Ingest.Csv(Samples.County().WithoutColumn("说明"));

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(6, file.RowsAccepted);
    }
}
