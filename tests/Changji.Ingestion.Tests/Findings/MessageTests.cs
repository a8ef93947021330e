using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests.Findings;

/// <summary>Each finding's sentence lets a steward find the cell without any other context.</summary>
public class MessageTests
{
    [Fact]
    public void Message_RowErrorInXlsx_NamesFileSheetRowColumnValueAndExpectation()
    {
        var table = Samples.Statistics().With(3, "初中专任教师数", "三十五");

        var file = Ingest.Bytes(table.ToXlsx("学校基础数据"), "2024/昌吉市学校基础数据.xlsx");

        var finding = FindingAssert.Single(file, FindingCodes.NotANumber, 3, "初中专任教师数");
        Assert.Equal("文件 2024/昌吉市学校基础数据.xlsx 工作表 学校基础数据 第 3 行 列「初中专任教师数」的值「三十五」无效：应为不小于 0 的整数。", finding.MessageZh);
    }

    [Fact]
    public void Message_TypeLevelMismatch_NamesTheTypeAndWhatItRequires()
    {
        var file = Ingest.Csv(Samples.Statistics().With(2, "高中在校生数", 40));

        var finding = FindingAssert.Single(file, FindingCodes.TypeLevelMismatch, 2, "高中在校生数");
        Assert.Contains("「小学」", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("高中在校生数应为 0", finding.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("工作表", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_SubcountAboveTotal_NamesTheTotalAndItsValue()
    {
        var file = Ingest.Csv(Samples.Statistics().With(3, "初中县级以上骨干教师数", 36));

        var finding = FindingAssert.Single(file, FindingCodes.SubcountExceedsTotal, 3, "初中县级以上骨干教师数");
        Assert.Contains("「初中专任教师数」的值 35", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_FileInWrongFolderYear_NamesBothYears()
    {
        var file = Ingest.Bytes(Samples.Funding().ToXlsx("学校经费数据"), "2023/经费.xlsx", folderYear: 2023);

        Assert.True(file.Rejected);
        var finding = FindingAssert.Single(file, FindingCodes.YearMismatch, 2, "学年");
        Assert.Contains("2023", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("2024", finding.MessageZh, StringComparison.Ordinal);
        Assert.Empty(file.Funding);
    }
}
