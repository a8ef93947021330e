using Changji.Ingestion.Findings;

namespace Changji.Ingestion.Tests.Header;

public class HeaderTests
{
    [Fact]
    public void Header_EnglishAliasesInShuffledOrder_AreRecognised()
    {
        var sample = Samples.Statistics();
        var aliased = sample.Renamed(h => Samples.StatisticsAliases[Array.IndexOf(Samples.StatisticsHeaders, h)]);
        var order = Enumerable.Range(0, aliased.Headers.Count).OrderBy(i => (i * 7) % 32).ThenBy(i => i).Reverse().ToList();
        var shuffled = aliased.Reordered(order)
            .Rename("school_code", "School Code")
            .Rename("primary_students", "PRIMARY_STUDENTS")
            .Rename("equipment_value", " Equipment_Value ");

        var file = Ingest.Csv(shuffled);

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(FileKind.Statistics, file.Kind);
        Assert.Empty(file.Findings);
        Assert.Equal(3, file.Statistics.Count);
        Assert.Equal(1200, file.Statistics[0].PrimaryStudents);
        Assert.Equal("6523010001", file.Statistics[0].SchoolCode);
        Assert.Equal(3_500_000d, file.Statistics[0].EquipmentValueYuan);
    }

    [Fact]
    public void Header_HalfWidthParenthesesAndSpaces_MatchChineseNames()
    {
        var table = Samples.Statistics()
            .Rename("乡镇（街道）", "乡镇(街道)")
            .Rename("教学及辅助用房面积（平方米）", "教学及辅助用房面积 (m²)")
            .Rename("其中：室内体育用房面积（平方米）", "其中:室内体育用房面积(平方米)")
            .Rename("小学在校生数", "小学 在校生数");

        var file = Ingest.Xlsx(table);

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Empty(file.Findings);
        Assert.Equal(8000d, file.Statistics[0].TeachingAreaM2);
        Assert.Equal("宁边路街道", file.Statistics[0].Township);
    }

    [Fact]
    public void Header_UnknownExtraColumn_IsWarningAndRowsKept()
    {
        var table = new Table([.. Samples.Funding().Headers, "备注"],
            Samples.Funding().Rows.Select(r => (object?[])[.. r, "无"]).ToList());

        var file = Ingest.Xlsx(table);

        Assert.False(file.Rejected);
        Assert.Equal(2, file.Funding.Count);
        var finding = FindingAssert.Single(file, FindingCodes.UnknownColumn, 1, "备注");
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Header_MissingRequiredColumn_RejectsFile()
    {
        var file = Ingest.Csv(Samples.Statistics().WithoutColumn("办学类型"));

        Assert.True(file.Rejected);
        Assert.Empty(file.Statistics);
        FindingAssert.Single(file, FindingCodes.MissingColumn, 1, "办学类型");
    }

    [Fact]
    public void Header_UnitOfWrongDimension_RejectsFile()
    {
        var file = Ingest.Csv(Samples.Statistics().Rename("教学仪器设备资产值（万元）", "教学仪器设备资产值（平方米）"));

        Assert.True(file.Rejected);
        FindingAssert.Single(file, FindingCodes.UnsupportedUnit, 1, "教学仪器设备资产值（平方米）");
    }

    [Fact]
    public void Header_SameColumnTwice_RejectsFile()
    {
        var table = new Table([.. Samples.Funding().Headers, "training_budget"],
            Samples.Funding().Rows.Select(r => (object?[])[.. r, 1]).ToList());

        var file = Ingest.Csv(table);

        Assert.True(file.Rejected);
        FindingAssert.Single(file, FindingCodes.DuplicateColumn, 1, "training_budget");
    }

    [Fact]
    public void Header_NoKnownKind_RejectsFile()
    {
        var table = new Table(["姓名", "年龄", "班级"], [["张三", 10, "三年级一班"]]);

        var xlsx = Ingest.Xlsx(table);
        var csv = Ingest.Csv(table);

        Assert.True(xlsx.Rejected);
        Assert.Null(xlsx.Kind);
        FindingAssert.Single(xlsx, FindingCodes.UnknownKind, 1, null);
        Assert.True(csv.Rejected);
        FindingAssert.Single(csv, FindingCodes.UnknownKind, 1, null);
    }
}
