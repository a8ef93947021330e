using AngleSharp.Html.Parser;
using Changji.Pipeline.Reports;
using Changji.Pipeline.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Changji.Pipeline.Tests.Reports;

/// <summary>一校一册 as the samples write them, opened with the Open XML SDK, AngleSharp and LibreOffice.</summary>
public sealed class SchoolBookletTests : IClassFixture<SchoolBookletTests.Written>
{
    private const string FailingSchool = "3652010008-昌吉市榆树沟镇中心小学";
    private readonly Written written;

    public SchoolBookletTests(Written written) => this.written = written;

    public sealed class Written : IAsyncLifetime, IDisposable
    {
        public SampleRun Run { get; } = new();
        public Task InitializeAsync() => Run.RunAsync();
        public string Folder(int year) => System.IO.Path.Combine(Run.Workspace.ReportsFolder, year.ToString(System.Globalization.CultureInfo.InvariantCulture), "一校一册");
        public string Booklet(int year, string name, string extension) => System.IO.Path.Combine(Folder(year), $"{name}.{extension}");
        public Task DisposeAsync() => Task.CompletedTask;
        public void Dispose() => Run.Dispose();
    }

    [Fact]
    public void Booklets_SampleRun_OneDocxAndHtmlPerSchoolPerYearAndACombinedVolumeWithEverySchool()
    {
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            var docx = Directory.GetFiles(written.Folder(year), "36*.docx").Select(System.IO.Path.GetFileNameWithoutExtension).Order().ToList();
            var html = Directory.GetFiles(written.Folder(year), "36*.html").Select(System.IO.Path.GetFileNameWithoutExtension).Order().ToList();
            Assert.True(docx.Count >= 15, $"{year}: {docx.Count}");
            Assert.Equal(docx, html);

            using var combined = WordprocessingDocument.Open(System.IO.Path.Combine(written.Run.Workspace.ReportsFolder, SchoolBooklet.CombinedFileName(year)), false);
            var schools = combined.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").Select(p => p.InnerText).ToList();
            // "昌吉市第一小学（3652010001）" for "3652010001-昌吉市第一小学".
            Assert.Equal(docx.Select(n => $"{n![11..]}（{n[..10]}）").ToList(), schools);
        }
    }

    [Fact]
    public void Booklets_EveryDocx_PassesTheOpenXmlValidator()
    {
        var files = Directory.GetFiles(written.Run.Workspace.ReportsFolder, "*.docx", SearchOption.AllDirectories).Where(f => f.Contains("一校一册", StringComparison.Ordinal)).ToList();
        Assert.True(files.Count > 45);
        foreach (var file in files)
        {
            using var doc = WordprocessingDocument.Open(file, false);
            var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{file} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join('\n', errors));
        }
    }

    [Fact]
    public void Booklet_FailingSchool2023_HoldsItsSectionsGapsInWholeUnitsTrendAndOpenLines()
    {
        using var doc = WordprocessingDocument.Open(written.Booklet(2023, FailingSchool, "docx"), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        Assert.Equal("昌吉市榆树沟镇中心小学一校一册（2023—2024学年）", body.Elements<Paragraph>().First().InnerText);
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["一、学校基本情况", "二、资源配置七项指标", "三、历年变化", "四、校本保障项目（班额、规模、专用教室等）", "五、整改事项（学年末未销号）", "六、与上学年相比"], headings);
        var tables = body.Elements<Table>().ToList();
        Assert.All(tables, t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>()));
        var cells = body.Descendants<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Contains("2 间", cells);
        Assert.Contains("2023学年", cells);
        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText == "小学学校达标情况：未达标（达到标准值 5/7 项）。");
        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText.StartsWith("信息库中无本校 2022 学年数据", StringComparison.Ordinal));
        // Its open lines carry owners and a deadline.
        var rectification = tables.Single(t => t.Elements<TableRow>().First().InnerText.Contains("责任单位", StringComparison.Ordinal));
        Assert.All(rectification.Elements<TableRow>().Skip(1), r => Assert.Matches(@"^\d{4}-\d{2}-\d{2}", r.Elements<TableCell>().Last().InnerText));
    }

    [Fact]
    public void Booklet_SameSchool2024_ComparesWithTheYearBeforeAndTrendsBothYears()
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(written.Booklet(2024, FailingSchool, "html")));

        Assert.Equal("昌吉市榆树沟镇中心小学一校一册（2024—2025学年）", document.Title);
        Assert.Equal(6, document.QuerySelectorAll("h2").Length);
        Assert.Contains(document.QuerySelectorAll("p"), p => p.TextContent == "小学学校达标：上学年未达标，本学年达标。");
        var trend = document.QuerySelectorAll("table").Single(t => t.QuerySelector("th")!.TextContent == "学年（小学）");
        Assert.Equal(["2023学年", "2024学年"], trend.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("td")!.TextContent));
        Assert.Contains(document.QuerySelectorAll("th"), th => th.TextContent == "2023学年");
    }

    /// <summary>LibreOffice, where installed (CI installs it), lays a booklet out on A4 with its Chinese title in the text layer.</summary>
    [Fact]
    public async Task Booklet_ConvertedByLibreOffice_GivesAnA4PdfWithTheChineseTitle()
    {
        if (!LibreOffice.Installed)
        {
            Assert.NotEqual("true", Environment.GetEnvironmentVariable("CI"));
            return;
        }

        var (text, info) = await LibreOffice.ToPdfTextAsync(written.Booklet(2023, FailingSchool, "docx"));

        Assert.Contains("昌吉市榆树沟镇中心小学一校一册", text, StringComparison.Ordinal);
        Assert.Contains("二、资源配置七项指标", text, StringComparison.Ordinal);
        Assert.Contains("595.", info, StringComparison.Ordinal);
        Assert.Matches(@"Pages:\s+[2-9]", info);
    }
}
