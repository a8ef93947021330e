using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests.Rows;

/// <summary>The row rules of docs/input-files.md §1 at their edges: type ↔ levels, sub-counts, blank rows.</summary>
public class RowRuleTests
{
    private static Table School(string type, int primary, int junior, int senior) => Samples.Statistics()
        .With(2, "办学类型", type).With(2, "小学在校生数", primary).With(2, "初中在校生数", junior).With(2, "高中在校生数", senior)
        .With(2, "初中教学班数", 0).With(2, "初中专任教师数", 0);

    [Theory]
    [InlineData("十二年一贯制学校", 100, 100, 100, true)]
    [InlineData("十二年一贯制学校", 100, 100, 0, true)]
    [InlineData("十二年一贯制学校", 100, 0, 100, false)]
    [InlineData("九年一贯制学校", 0, 30, 0, false)]
    [InlineData("教学点", 30, 0, 0, true)]
    [InlineData("教学点", 30, 5, 0, false)]
    [InlineData("小学", 30, 0, 5, false)]
    [InlineData("初级中学", 0, 30, 5, false)]
    [InlineData("九年一贯制学校", 30, 30, 5, false)]
    [InlineData("特殊教育学校", 30, 0, 0, true)]
    [InlineData("特殊教育学校", 0, 0, 0, true)]
    public void TypeLevel_EachType_AcceptsOnlyItsLevels(string type, int primary, int junior, int senior, bool accepted)
    {
        var file = Ingest.Csv(School(type, primary, junior, senior));

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(accepted, file.Statistics.Any(s => s.SchoolCode == "6523010001"));
        if (!accepted)
        {
            Assert.Contains(file.Findings, f => f.Code == FindingCodes.TypeLevelMismatch && f.Row == 2 && f.MessageZh.Contains(type, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TypeLevel_NineYearSchoolWithoutJuniorPupils_AcceptedWithWarning()
    {
        var file = Ingest.Csv(Samples.Statistics().With(3, "初中在校生数", 0));

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(3, file.RowsAccepted);
        Assert.DoesNotContain(file.Findings, f => f.Severity == Severity.Error);
        var finding = FindingAssert.Single(file, FindingCodes.LevelWithoutStudents, 3, "初中在校生数");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("0", finding.Value);
        Assert.Contains("九年一贯制学校", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("没有初中在校生", finding.MessageZh, StringComparison.Ordinal);
        Assert.Equal(0, file.Statistics.Single(s => s.SchoolCode == "6523010002").JuniorStudents);
    }

    [Fact]
    public void TypeLevel_TwelveYearSchoolWithoutSeniorPupils_AcceptedWithWarning()
    {
        var file = Ingest.Csv(Samples.Statistics().With(3, "办学类型", "十二年一贯制学校"));

        Assert.Equal(3, file.RowsAccepted);
        var finding = FindingAssert.Single(file, FindingCodes.LevelWithoutStudents, 3, "高中在校生数");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("没有高中在校生", finding.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("完全中学", 0, 900)]
    [InlineData("十二年一贯制学校", 300, 900)]
    public void SeniorColumn_AbsentWithSchoolsThatNeedIt_RejectsFileOnce(string type, int primary, int junior)
    {
        var table = Samples.Statistics()
            .With(3, "办学类型", type).With(3, "小学在校生数", primary).With(3, "初中在校生数", junior)
            .With(4, "办学类型", "完全中学")
            .WithoutColumn("高中在校生数");

        var file = Ingest.Csv(table);

        Assert.True(file.Rejected);
        Assert.Empty(file.Statistics);
        var finding = Assert.Single(file.Findings);
        Assert.Equal(FindingCodes.MissingColumn, finding.Code);
        Assert.Null(finding.Row);
        Assert.Equal("高中在校生数", finding.Column);
        Assert.Contains("列「高中在校生数」", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("有 2 所", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains(type, finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("第 3 行", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("加入该列", finding.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("初中本科及以上学历专任教师数", 35, true)]
    [InlineData("初中本科及以上学历专任教师数", 36, false)]
    [InlineData("初中县级以上骨干教师数", 36, false)]
    [InlineData("初中体育艺术专任教师数", 36, false)]
    [InlineData("持教师资格证专任教师数", 75, true)]
    [InlineData("持教师资格证专任教师数", 76, false)]
    [InlineData("其中：室内体育用房面积（平方米）", 9000, true)]
    public void SubCount_AtAndAboveItsTotal_OnlyAboveIsRejected(string column, int value, bool accepted)
    {
        var file = Ingest.Xlsx(Samples.Statistics().With(3, column, value));

        Assert.Equal(accepted, file.Statistics.Any(s => s.SchoolCode == "6523010002"));
        if (!accepted)
        {
            FindingAssert.Single(file, FindingCodes.SubcountExceedsTotal, 3, column);
        }
    }

    [Fact]
    public void SubCount_TeacherTotalsNearIntMax_AreARowProblemNotAnUnreadableFile()
    {
        var table = Samples.Statistics()
            .With(3, "小学专任教师数", int.MaxValue).With(3, "初中专任教师数", int.MaxValue)
            .With(3, "持教师资格证专任教师数", int.MaxValue);

        var file = Ingest.Csv(table);

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(3, file.RowsRead);
        Assert.DoesNotContain(file.Findings, f => f.Code == FindingCodes.UnreadableFile);
    }

    [Fact]
    public void NoDataRows_HeaderFollowedOnlyByStyledBlankRows_RejectsFileAsNoDataRows()
    {
        var rows = RawXlsx.FromTable(Samples.County()).Take(1).ToList();
        for (var i = 0; i < 20; i++)
        {
            rows.Add([new RawCell.Styled(), new RawCell.Text(" "), null, new RawCell.Styled()]);
        }

        var file = Ingest.Bytes(RawXlsx.Write("县级指标数据", rows), "2024/县级指标数据.xlsx");

        Assert.True(file.Rejected);
        Assert.Equal(FileKind.County, file.Kind);
        FindingAssert.Single(file, FindingCodes.NoDataRows, null, null);
    }

    [Fact]
    public void Year_OneRowOfAnotherYearAmongGoodRows_RejectsWholeFileAndKeepsNothing()
    {
        var file = Ingest.Csv(Samples.Funding().With(3, "学年", 2025));

        Assert.True(file.Rejected);
        Assert.Empty(file.Funding);
        FindingAssert.Single(file, FindingCodes.YearMismatch, 3, "学年");
    }
}
