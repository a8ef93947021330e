using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests.Rows;

/// <summary>Problems that reject one row and keep the rest, each located for the steward.</summary>
public class RowRejectionTests
{
    [Fact]
    public void Rows_NegativeCount_RejectsOnlyThatRow()
    {
        var file = Ingest.Bytes(Samples.Statistics().With(3, "小学在校生数", -3).ToXlsx("学校基础数据"), "2024/学校基础数据.xlsx");

        Assert.False(file.Rejected);
        Assert.Equal(3, file.RowsRead);
        Assert.Equal(2, file.RowsAccepted);
        Assert.Equal(1, file.RowsRejected);
        Assert.DoesNotContain(file.Statistics, s => s.SchoolCode == "6523010002");
        var finding = FindingAssert.Single(file, FindingCodes.NegativeCount, 3, "小学在校生数");
        Assert.Equal("学校基础数据", finding.Sheet);
        Assert.Equal("-3", finding.Value);
        Assert.Equal(
            "文件 2024/学校基础数据.xlsx 工作表 学校基础数据 第 3 行 列「小学在校生数」的值「-3」无效：应为不小于 0 的整数。",
            finding.MessageZh);
    }

    [Fact]
    public void RequiredValue_Missing_RejectsRow()
    {
        var file = Ingest.Csv(Samples.Statistics().With(2, "学校名称", null));

        FindingAssert.Single(file, FindingCodes.RequiredMissing, 2, "学校名称");
        Assert.Equal(2, file.Statistics.Count);
    }

    [Fact]
    public void MaxClassSize_MissingWhileClassesExist_RejectsRow()
    {
        var file = Ingest.Csv(Samples.Statistics().With(3, "初中最大班额", null));

        var finding = FindingAssert.Single(file, FindingCodes.RequiredMissing, 3, "初中最大班额");
        Assert.Contains("初中教学班数", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void RoomMinArea_MissingWhileRoomsExist_RejectsRow()
    {
        var file = Ingest.Csv(Samples.Statistics().With(4, "美术专用教室最小面积（平方米）", null));

        FindingAssert.Single(file, FindingCodes.RequiredMissing, 4, "美术专用教室最小面积（平方米）");
    }

    [Theory]
    [InlineData("小学县级以上骨干教师数", 71, "小学专任教师数")]
    [InlineData("小学专科及以上学历专任教师数", 80, "小学专任教师数")]
    [InlineData("小学体育艺术专任教师数", 71, "小学专任教师数")]
    [InlineData("持教师资格证专任教师数", 71, "小学专任教师数与初中专任教师数之和")]
    [InlineData("其中：室内体育用房面积（平方米）", 8000.5, "教学及辅助用房面积（平方米）")]
    public void SubCount_AboveItsTotal_RejectsRow(string column, object value, string total)
    {
        var file = Ingest.Xlsx(Samples.Statistics().With(2, column, value));

        var finding = FindingAssert.Single(file, FindingCodes.SubcountExceedsTotal, 2, column);
        Assert.Contains(total, finding.MessageZh, StringComparison.Ordinal);
        Assert.Equal(2, file.Statistics.Count);
    }

    [Fact]
    public void SchoolCode_Duplicate_RejectsLaterRowsNamingTheFirst()
    {
        var table = Samples.Statistics().With(4, "学校标识码", "6523010001");

        var file = Ingest.Csv(table);

        var finding = FindingAssert.Single(file, FindingCodes.DuplicateSchoolCode, 4, "学校标识码");
        Assert.Contains("第 2 行", finding.MessageZh, StringComparison.Ordinal);
        Assert.Equal(["6523010001", "6523010002"], file.Statistics.Select(s => s.SchoolCode));
    }

    [Fact]
    public void SchoolCode_RejectedFirstRowThenCorrectedCopy_AcceptsTheCopy()
    {
        var table = Samples.Statistics().With(4, "学校标识码", "6523010001").With(2, "小学在校生数", -1200);

        var file = Ingest.Csv(table);

        FindingAssert.Single(file, FindingCodes.NegativeCount, 2, "小学在校生数");
        Assert.DoesNotContain(file.Findings, f => f.Code == FindingCodes.DuplicateSchoolCode);
        Assert.Equal(["6523010002", "6523010001"], file.Statistics.Select(s => s.SchoolCode));
    }

    [Fact]
    public void SchoolCode_AcceptedRowThenRejectedCopyThenThird_NamesTheAcceptedRow()
    {
        var table = Samples.Statistics().With(3, "学校标识码", "6523010001").With(4, "学校标识码", "6523010001");

        var file = Ingest.Csv(table);

        var third = FindingAssert.Single(file, FindingCodes.DuplicateSchoolCode, 4, "学校标识码");
        Assert.Contains("第 2 行", third.MessageZh, StringComparison.Ordinal);
        FindingAssert.Single(file, FindingCodes.DuplicateSchoolCode, 3, "学校标识码");
        Assert.Equal(["6523010001"], file.Statistics.Select(s => s.SchoolCode));
    }

    [Theory]
    [InlineData("652301001")]
    [InlineData("65230100011")]
    [InlineData("65230100A1")]
    public void SchoolCode_NotTenDigits_RejectsRow(string code)
    {
        var file = Ingest.Csv(Samples.Statistics().With(2, "学校标识码", code));

        var finding = FindingAssert.Single(file, FindingCodes.InvalidSchoolCode, 2, "学校标识码");
        Assert.Equal(code, finding.Value);
    }

    [Fact]
    public void SchoolCode_ExcelNumeric_IsAccepted()
    {
        var file = Ingest.Xlsx(Samples.Statistics().With(2, "学校标识码", 6523010001L));

        Assert.Empty(file.Findings);
        Assert.Equal("6523010001", file.Statistics[0].SchoolCode);
    }

    [Theory]
    [InlineData("办学类型", "中学", FindingCodes.UnknownSchoolType)]
    [InlineData("城乡分类", "城市", FindingCodes.UnknownUrbanRural)]
    [InlineData("举办者", "私立", FindingCodes.UnknownSponsor)]
    public void Enum_UnknownValue_RejectsRow(string column, string value, string code)
    {
        var file = Ingest.Csv(Samples.Statistics().With(3, column, value));

        var finding = FindingAssert.Single(file, code, 3, column);
        Assert.Equal(value, finding.Value);
        Assert.Equal(2, file.Statistics.Count);
    }

    [Fact]
    public void Enum_EnglishNameAndShortForm_AreAccepted()
    {
        var file = Ingest.Csv(Samples.Statistics().With(2, "办学类型", "primary").With(3, "办学类型", "九年一贯制").With(3, "举办者", "Public"));

        Assert.Empty(file.Findings);
        Assert.Equal(3, file.Statistics.Count);
    }

    [Theory]
    [InlineData(2, "初中在校生数", 5, "小学")]
    [InlineData(4, "小学在校生数", 30, "初级中学")]
    [InlineData(3, "小学在校生数", 0, "九年一贯制学校")]
    public void TypeLevel_Contradiction_RejectsRow(int row, string column, int students, string type)
    {
        var file = Ingest.Csv(Samples.Statistics().With(row, column, students));

        var finding = FindingAssert.Single(file, FindingCodes.TypeLevelMismatch, row, column);
        Assert.Contains(type, finding.MessageZh, StringComparison.Ordinal);
        Assert.Equal(2, file.Statistics.Count);
    }

    [Fact]
    public void TypeLevel_CompleteSchoolWithoutSenior_RejectsRow()
    {
        var file = Ingest.Csv(Samples.Statistics().With(4, "办学类型", "完全中学"));

        FindingAssert.Single(file, FindingCodes.TypeLevelMismatch, 4, "高中在校生数");
    }

    [Fact]
    public void TypeLevel_CompleteSchoolWithSenior_IsAccepted()
    {
        var file = Ingest.Csv(Samples.Statistics().With(4, "办学类型", "完全中学").With(4, "高中在校生数", 600));

        Assert.Empty(file.Findings);
        Assert.Equal(600, file.Statistics[2].SeniorStudents);
    }

    [Theory]
    [InlineData("十二")]
    [InlineData("12.5")]
    [InlineData("=1+1")]
    public void Count_NotAWholeNumber_RejectsRow(string written)
    {
        var file = Ingest.Csv(Samples.Statistics().With(2, "小学教学班数", written));

        var finding = Assert.Single(file.Findings);
        Assert.Contains(finding.Code, new[] { FindingCodes.NotANumber, FindingCodes.NotAnInteger });
        FindingAssert.Single(file, finding.Code, 2, "小学教学班数");
    }

    [Fact]
    public void Count_ThousandsSeparator_IsAccepted()
    {
        var file = Ingest.Csv(Samples.Statistics().With(2, "小学在校生数", "1,200"));

        Assert.Empty(file.Findings);
        Assert.Equal(1200, file.Statistics[0].PrimaryStudents);
    }

    [Fact]
    public void County_UnknownCodeAndBadJudgement_RejectThoseRows()
    {
        var table = Samples.County().With(2, "数值", "可能").WithRow(2024, "G99", "是", null);

        var file = Ingest.Csv(table);

        Assert.False(file.Rejected);
        FindingAssert.Single(file, FindingCodes.NotYesNo, 2, "数值");
        FindingAssert.Single(file, FindingCodes.UnknownCountyCode, 8, "指标代码");
        Assert.Equal(5, file.Figures.Count);
    }

    [Fact]
    public void County_DuplicateCode_RejectsLaterRow()
    {
        var file = Ingest.Csv(Samples.County().WithRow(2024, "g1", "否", null));

        FindingAssert.Single(file, FindingCodes.DuplicateCountyCode, 8, "指标代码");
        Assert.True(file.Figures.Single(f => f.Code == "G1").Judgement);
    }

    [Fact]
    public void County_NegativeAmount_RejectsRow()
    {
        var file = Ingest.Csv(Samples.County().With(3, "数值", -1));

        FindingAssert.Single(file, FindingCodes.NegativeValue, 3, "数值");
    }

    [Fact]
    public void Rows_Blank_AreSkippedAndRowNumbersStayAsInTheSheet()
    {
        var table = Samples.Statistics();
        table = new Table(table.Headers, [table.Rows[0], new object?[table.Headers.Count], table.Rows[1].ToArray()]);
        table = table.With(4, "初中在校生数", -1);

        var file = Ingest.Xlsx(table);

        Assert.Equal(2, file.RowsRead);
        FindingAssert.Single(file, FindingCodes.NegativeCount, 4, "初中在校生数");
    }
}
