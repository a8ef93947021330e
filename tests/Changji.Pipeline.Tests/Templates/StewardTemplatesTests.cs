using Changji.Evaluation.Facts;
using Changji.Ingestion;
using Changji.Pipeline.Templates;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Changji.Pipeline.Tests.Templates;

public class StewardTemplatesTests
{
    private static readonly TemplateSchool[] Schools =
    [
        new("3652010001", "昌吉市第一小学", SchoolType.Primary),
        new("3652010002", "=危险名称", SchoolType.NineYear),
    ];

    [Fact]
    public void Templates_Every_PassesTheOpenXmlValidator()
    {
        foreach (var file in StewardTemplates.Build(2025, Schools).Concat(StewardTemplates.Build(2025, [])))
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(file.Content), isEditable: false);
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{file.FileName} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void Templates_BuiltTwice_SameBytes() =>
        Assert.Equal(StewardTemplates.Build(2025, Schools).Select(f => f.Content), StewardTemplates.Build(2025, Schools).Select(f => f.Content));

    [Fact]
    public void Templates_Build_NamesTheThreeKindsWithAnInstructionSheet()
    {
        var files = StewardTemplates.Build(2025, []);

        Assert.Equal(["学校基础数据.xlsx", "学校经费数据.xlsx", "县级指标数据.xlsx"], files.Select(f => f.FileName));
        foreach (var file in files)
        {
            Assert.Equal([Path.GetFileNameWithoutExtension(file.FileName), "填报说明"], SheetNames(file.Content));
        }
    }

    [Theory]
    [InlineData(FileKind.Statistics)]
    [InlineData(FileKind.Funding)]
    [InlineData(FileKind.County)]
    public void Template_FilledWithTheSamples2024Rows_IsAcceptedWithZeroFindings(FileKind kind)
    {
        var sample = SampleFill.Sample(kind);
        IReadOnlyList<object> facts = kind switch
        {
            FileKind.Statistics => [.. sample.Statistics],
            FileKind.Funding => [.. sample.Funding],
            _ => [.. sample.Figures],
        };
        var schools = sample.Statistics.Select(s => new TemplateSchool(s.SchoolCode, s.SchoolName, s.SchoolType)).ToList();
        var template = StewardTemplates.Build(2024, schools).Single(f => f.FileName == kind.ToChinese() + ".xlsx");

        var filled = SampleFill.Fill(template.Content, kind, facts);
        var read = FileIngestor.Read(new MemoryStream(filled), "2024/" + template.FileName, 2024);

        Assert.NotEmpty(facts);
        Assert.Empty(read.Findings.Select(f => f.MessageZh));
        Assert.Equal(kind, read.Kind);
        Assert.Equal(sample.Statistics, read.Statistics);
        Assert.Equal(sample.Funding, read.Funding);
        Assert.Equal(sample.Figures, read.Figures);
    }

    /// <summary>Every column of every template has a row in 填报说明 whose 含义 is its description, not merely its name again.</summary>
    [Fact]
    public void InstructionSheet_EveryColumn_HasANonEmptyDescriptionBeyondItsName()
    {
        foreach (var (file, kind) in StewardTemplates.Build(2025, []).Zip([FileKind.Statistics, FileKind.Funding, FileKind.County]))
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(file.Content), isEditable: false);
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "填报说明");
            var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
            var columns = Changji.Ingestion.Header.StewardColumns.Of(kind);

            Assert.Equal("含义", rows[0][1]);
            Assert.Equal(columns.Select(c => c.Header), rows.Skip(1).Select(r => r[0]));
            Assert.All(rows.Skip(1).Zip(columns), pair =>
            {
                Assert.False(string.IsNullOrWhiteSpace(pair.First[1]), pair.Second.Header);
                Assert.NotEqual(pair.Second.Name, pair.First[1]);
                Assert.Equal(pair.Second.Description, pair.First[1]);
            });
        }

        var statistics = StewardTemplates.Build(2025, [])[0];
        Assert.Contains("不得超过小学专任教师数", Instructions(statistics), StringComparison.Ordinal);
    }

    private static string Instructions(TemplateFile file)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Content), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "填报说明");
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.InnerText;
    }

    [Fact]
    public void StatisticsTemplate_Prefilled_HoldsCodeNameAndTypePerSchool()
    {
        var template = StewardTemplates.Build(2025, Schools)[0];
        using var document = SpreadsheetDocument.Open(new MemoryStream(template.Content), isEditable: false);
        var rows = DataSheet(document).GetFirstChild<SheetData>()!.Elements<Row>().Skip(1).Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();

        Assert.Equal([["2025", "3652010001", "昌吉市第一小学", "小学"], ["2025", "3652010002", "'=危险名称", "九年一贯制学校"]], rows);
    }

    [Fact]
    public void StatisticsTemplate_Validations_OfferTheChoicesAndWholeNumbers()
    {
        var template = StewardTemplates.Build(2025, [])[0];
        using var document = SpreadsheetDocument.Open(new MemoryStream(template.Content), isEditable: false);
        var sheet = DataSheet(document);
        var headers = sheet.GetFirstChild<SheetData>()!.Elements<Row>().First().Elements<Cell>().Select(c => c.InnerText).ToList();
        var validations = sheet.GetFirstChild<DataValidations>()!.Elements<DataValidation>()
            .ToDictionary(v => headers[Column(v.SequenceOfReferences!.InnerText!)], v => v);

        Assert.Equal("\"小学,初级中学,九年一贯制学校,完全中学,十二年一贯制学校,教学点,特殊教育学校\"", validations["办学类型"].Formula1!.Text);
        Assert.Equal("\"城区,镇区,乡村\"", validations["城乡分类"].Formula1!.Text);
        Assert.Equal("\"公办,民办\"", validations["举办者"].Formula1!.Text);
        Assert.Equal(DataValidationValues.List, validations["举办者"].Type!.Value);
        Assert.Equal(DataValidationValues.Whole, validations["小学在校生数"].Type!.Value);
        Assert.Equal(DataValidationOperatorValues.GreaterThanOrEqual, validations["小学在校生数"].Operator!.Value);
        Assert.Equal("0", validations["小学在校生数"].Formula1!.Text);
        Assert.Equal(DataValidationValues.Decimal, validations["教学仪器设备资产值（万元）"].Type!.Value);
        Assert.DoesNotContain("学校名称", validations.Keys);
        Assert.Equal(PaneStateValues.Frozen, sheet.Descendants<Pane>().Single().State!.Value);
    }

    private static Worksheet DataSheet(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        return ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
    }

    private static List<string> SheetNames(byte[] content)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), isEditable: false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }

    /// <summary>The 0-based column of a range like <c>D2:D1048576</c>.</summary>
    private static int Column(string range) => range.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1)) - 1;
}
