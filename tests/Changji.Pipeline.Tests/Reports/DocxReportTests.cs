using Changji.Pipeline.Reports;
using Changji.Pipeline.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Changji.Pipeline.Tests.Reports;

/// <summary>The 自评报告 in Word, as the samples write it, opened with the Open XML SDK (and LibreOffice when installed).</summary>
public sealed class DocxReportTests : IClassFixture<DocxReportTests.Written>
{
    private readonly Written written;

    public DocxReportTests(Written written) => this.written = written;

    public sealed class Written : IAsyncLifetime, IDisposable
    {
        public SampleRun Run { get; } = new();
        public Task InitializeAsync() => Run.RunAsync();
        public string PathOf(int year) => System.IO.Path.Combine(Run.Workspace.ReportsFolder, SelfEvaluationReport.FileName(year, "docx"));
        public string Markdown(int year) => File.ReadAllText(System.IO.Path.Combine(Run.Workspace.ReportsFolder, SelfEvaluationReport.FileName(year)));
        public Task DisposeAsync() => Task.CompletedTask;
        public void Dispose() => Run.Dispose();
    }

    [Fact]
    public void Docx_EveryYear_PassesTheOpenXmlValidator()
    {
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            using var doc = WordprocessingDocument.Open(written.PathOf(year), false);
            var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join('\n', errors));
        }
    }

    [Fact]
    public void Docx_Page_IsA4WithPageNumberInTheFooterAndATableOfContentsField()
    {
        using var doc = WordprocessingDocument.Open(written.PathOf(2023), false);
        var main = doc.MainDocumentPart!;
        var section = main.Document.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value));
        Assert.Contains(main.FooterParts.Single().Footer.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE");
        Assert.Contains(main.Document.Descendants<FieldCode>(), c => c.Text.TrimStart().StartsWith("TOC ", StringComparison.Ordinal));
    }

    [Fact]
    public void Docx_Styles_TitleAndHeadingsInHeiTiBodyInFangSong16Pt()
    {
        using var doc = WordprocessingDocument.Open(written.PathOf(2023), false);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("仿宋", defaults.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", defaults.FontSize!.Val!.Value);
        string EastAsiaFontOf(string id) => styles.Elements<Style>().Single(s => s.StyleId == id).StyleRunProperties!.RunFonts!.EastAsia!.Value!;
        Assert.Equal("黑体", EastAsiaFontOf("Title"));
        Assert.Equal("黑体", EastAsiaFontOf("Heading1"));
    }

    [Fact]
    public void Docx_Tables_RepeatTheirHeaderRowOnEveryPage()
    {
        using var doc = WordprocessingDocument.Open(written.PathOf(2023), false);
        var tables = doc.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        Assert.True(tables.Count >= 7);
        Assert.All(tables, t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.All(tables, t => Assert.All(t.Elements<TableRow>().Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>())));
    }

    [Fact]
    public void Docx_Report2023_HoldsTheVerdictInBoldAndTheSameHeadingsAsTheMarkdown()
    {
        using var doc = WordprocessingDocument.Open(written.PathOf(2023), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        var verdict = body.Descendants<Run>().Single(r => r.InnerText == "国家标准：尚未达到优质均衡标准。");
        Assert.NotNull(verdict.RunProperties?.Bold);
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").Select(p => p.InnerText).ToList();
        var markdownHeadings = written.Markdown(2023).Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]).ToList();
        Assert.Equal(markdownHeadings, headings);
        Assert.Equal(SelfEvaluationReport.Title(2023), body.Elements<Paragraph>().First().InnerText);
        Assert.Contains(body.Descendants<TableCell>(), c => c.InnerText == "L4 缺 227 平方米；L7 缺 2 间");
    }

    [Fact]
    public void Charts_Report2023_EmbedCvTrendAndFailingSchoolChartsAsPngInDocxAndHtml()
    {
        var failingUnits = FailingUnits(written.Markdown(2023));
        Assert.True(failingUnits > 0);
        var expected = 2 + 2 + failingUnits; // CV per level, pass rate and blocking items, one attainment chart per failing unit
        using (var doc = WordprocessingDocument.Open(written.PathOf(2023), false))
        {
            var images = doc.MainDocumentPart!.ImageParts.ToList();
            Assert.Equal(expected, images.Count);
            foreach (var image in images)
            {
                using var stream = image.GetStream();
                var header = new byte[8];
                stream.ReadExactly(header);
                Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, header);
            }

            var captions = doc.MainDocumentPart.Document.Body!.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Caption").Select(p => p.InnerText).ToList();
            Assert.Contains(captions, c => c.StartsWith("图：初中校际差异系数", StringComparison.Ordinal));
            Assert.Contains(captions, c => c.StartsWith("图：各学年纳入评估的学校（学段）中达到学校达标要求的比例", StringComparison.Ordinal));
            Assert.Contains(captions, c => c.StartsWith("图：各学年制约国家标准总体结论的项目数", StringComparison.Ordinal));
            Assert.Equal(failingUnits, captions.Count(c => c.Contains("各指标占标准值的百分比", StringComparison.Ordinal)));
        }

        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(System.IO.Path.ChangeExtension(written.PathOf(2023), "html")));
        var pictures = html.QuerySelectorAll("img").ToList();
        Assert.Equal(expected, pictures.Count);
        Assert.All(pictures, img => Assert.StartsWith("data:image/png;base64,", img.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Equal(failingUnits, pictures.Count(img => img.GetAttribute("alt")!.Contains("各指标占标准值的百分比", StringComparison.Ordinal)));
        Assert.DoesNotContain("data:image", written.Markdown(2023), StringComparison.Ordinal);
    }

    /// <summary>The rows of the failing schools' table in the Markdown (the table whose header has 达标项数).</summary>
    private static int FailingUnits(string markdown) =>
        markdown.Split('\n').SkipWhile(l => !l.Contains("| 达标项数 |", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|')).Count();

    [Fact]
    public void Docx_RenderedTwice_GivesTheSameBytes()
    {
        var document = new ReportDocument("标题").Heading("一、总体结论").Paragraph("**结论。**");
        document.Table("甲", "乙").Add("1", null).Add("2", "3");
        var stamp = new DateTimeOffset(2025, 10, 31, 8, 0, 0, TimeSpan.Zero);

        Assert.Equal(DocxReport.Render(document, stamp), DocxReport.Render(document, stamp));
    }

    /// <summary>LibreOffice, where installed (CI installs it in .ci/run), lays the document out on A4 pages with the Chinese title in the text layer.</summary>
    [Fact]
    public async Task Docx_ConvertedByLibreOffice_GivesAPdfWithTheChineseTitle()
    {
        if (!LibreOffice.Installed)
        {
            // A developer without LibreOffice still runs every other test; CI, which installs it, must not pass without it.
            Assert.NotEqual("true", Environment.GetEnvironmentVariable("CI"));
            return;
        }

        var (text, info) = await LibreOffice.ToPdfTextAsync(written.PathOf(2023));

        Assert.Contains("自评报告", text, StringComparison.Ordinal);
        Assert.Contains("国家标准：尚未达到优质均衡标准", text, StringComparison.Ordinal);
        Assert.Contains("595.", info, StringComparison.Ordinal); // A4: 595.3 x 841.9 pt
    }
}
