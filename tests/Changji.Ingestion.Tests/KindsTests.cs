using Changji.Evaluation.Facts;

namespace Changji.Ingestion.Tests;

public class KindsTests
{
    [Fact]
    public void Statistics_FromXlsx_ReadsEveryRowInCanonicalUnits()
    {
        var file = Ingest.Bytes(Samples.Statistics().ToXlsx("学校基础数据"), "2024/学校基础数据.xlsx");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(FileKind.Statistics, file.Kind);
        Assert.Equal(2024, file.Year);
        Assert.Equal("学校基础数据", file.Sheet);
        Assert.Equal(3, file.RowsRead);
        Assert.Equal(3, file.RowsAccepted);
        Assert.Empty(file.Findings);
        var first = file.Statistics[0];
        Assert.Equal("6523010001", first.SchoolCode);
        Assert.Equal("昌吉市第一小学", first.SchoolName);
        Assert.Equal(SchoolType.Primary, first.SchoolType);
        Assert.Equal(UrbanRural.Urban, first.UrbanRural);
        Assert.Equal(Sponsor.Public, first.Sponsor);
        Assert.Equal(1200, first.PrimaryStudents);
        Assert.Equal(52, first.PrimaryMaxClassSize);
        Assert.Null(first.JuniorMaxClassSize);
        Assert.Equal(3_500_000d, first.EquipmentValueYuan);
        Assert.Equal(600d, first.IndoorSportsAreaM2);
        Assert.Equal(4_205_000d, file.Statistics[1].EquipmentValueYuan);
        Assert.Equal(SchoolType.NineYear, file.Statistics[1].SchoolType);
        Assert.Null(file.Statistics[2].Township);
    }

    [Fact]
    public void Statistics_FromCsv_ReadsEveryRow()
    {
        var file = Ingest.Bytes(Samples.Statistics().ToUtf8Csv(), "2024/学校基础数据.csv");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(FileKind.Statistics, file.Kind);
        Assert.Null(file.Sheet);
        Assert.Equal(3, file.Statistics.Count);
        Assert.Equal(3_500_000d, file.Statistics[0].EquipmentValueYuan);
        Assert.Equal(SchoolType.Junior, file.Statistics[2].SchoolType);
    }

    [Fact]
    public void Funding_FromXlsx_ReadsAmountsInYuan()
    {
        var file = Ingest.Bytes(Samples.Funding().ToXlsx("学校经费数据"), "2024/经费.xlsx");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(FileKind.Funding, file.Kind);
        Assert.Equal(2, file.Funding.Count);
        Assert.Equal(1_000_000d, file.Funding[0].PublicFundsBudget);
        Assert.Equal(50_000d, file.Funding[0].TrainingBudget);
        Assert.Equal(980_000d, file.Funding[0].PublicFundsAllocated);
    }

    [Fact]
    public void Funding_FromCsv_ReadsAmountsInYuan()
    {
        var file = Ingest.Bytes(Samples.Funding().ToUtf8Csv(), "2024/经费.csv");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(FileKind.Funding, file.Kind);
        Assert.Equal("6523010002", file.Funding[1].SchoolCode);
        Assert.Equal(800_000d, file.Funding[1].PublicFundsAllocated);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public void County_FromEitherFormat_ReadsJudgementsPercentagesAndNumbers(string format)
    {
        var table = Samples.County();
        var file = format == "xlsx"
            ? Ingest.Bytes(table.ToXlsx("县级指标数据"), "2024/县级.xlsx")
            : Ingest.Bytes(table.ToUtf8Csv(), "2024/县级.csv");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(FileKind.County, file.Kind);
        var figures = file.Figures.ToDictionary(f => f.Code);
        Assert.Equal(6, figures.Count);
        Assert.True(figures["G1"].Judgement);
        Assert.Equal("昌市教〔2024〕12号", figures["G1"].Note);
        Assert.Equal(98000d, figures["teacher_avg_salary"].Number);
        Assert.Equal(96.5d, figures["training_360_completion_rate"].Number);
        Assert.Equal(0.12d, figures["quality_monitoring_difference_rate"].Number);
        Assert.Equal(35d, figures["rotated_teachers"].Number);
        Assert.False(figures["left_behind_care_system"].Judgement);
        Assert.Equal("=HYPERLINK(\"http://x\",\"y\")", figures["left_behind_care_system"].Note);
    }

    [Fact]
    public void Xlsx_SheetNamedAfterKind_IsReadRatherThanFirstSheet()
    {
        var file = Ingest.Bytes(Samples.Funding().ToXlsxAfter("填表说明", "学校经费数据"), "2024/经费.xlsx");

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal("学校经费数据", file.Sheet);
        Assert.Equal(2, file.Funding.Count);
    }

    [Fact]
    public void Kind_FileNamedAfterAnotherKind_IsRecognisedFromHeader()
    {
        var file = Ingest.Bytes(Samples.County().ToUtf8Csv(), "2024/学校基础数据.csv");

        Assert.Equal(FileKind.County, file.Kind);
        Assert.False(file.Rejected, FindingAssert.Describe(file));
    }

    [Fact]
    public void Year_NoFolderYear_IsTakenFromRows()
    {
        var file = Ingest.Bytes(Samples.Funding().ToUtf8Csv(), "经费.csv", folderYear: null);

        Assert.False(file.Rejected, FindingAssert.Describe(file));
        Assert.Equal(2024, file.Year);
    }
}
