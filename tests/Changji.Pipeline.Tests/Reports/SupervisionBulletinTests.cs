using System.CommandLine;
using AngleSharp.Html.Parser;
using Changji.Cli;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Reports;
using Changji.Pipeline.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Changji.Pipeline.Tests.Reports;

/// <summary>督查通报: the period, each ledger line's place in it per 责任单位, and <c>changji bulletin</c> on the samples' output.</summary>
public sealed class SupervisionBulletinTests
{
    private static readonly BulletinPeriod June2026 = new(2026, 6);

    [Theory]
    [InlineData("2026-07-01T01:00:00Z", 2026, 6)] // the timer's default: 09:00 Beijing on the 1st
    [InlineData("2026-06-30T16:30:00Z", 2026, 6)] // 00:30 Beijing on 07-01: already July in Beijing
    [InlineData("2026-06-30T15:30:00Z", 2026, 5)] // 23:30 Beijing on 06-30: still June
    [InlineData("2026-01-15T00:00:00Z", 2025, 12)]
    public void Period_IssuedAt_IsTheBeijingMonthBefore(string issuedAt, int year, int month) =>
        Assert.Equal(new BulletinPeriod(year, month), BulletinPeriod.Before(DateTimeOffset.Parse(issuedAt, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(29, "二十九")]
    public void Ordinal_UnitNumber_IsWrittenInChinese(int n, string expected) =>
        Assert.Equal(expected, SupervisionBulletin.Ordinal(n));

    [Fact]
    public void Period_June2026_RunsFromBeijingMidnightToBeijingMidnight()
    {
        Assert.Equal(new DateTime(2026, 5, 31, 16, 0, 0, DateTimeKind.Utc), June2026.StartUtc);
        Assert.Equal(new DateTime(2026, 6, 30, 16, 0, 0, DateTimeKind.Utc), June2026.EndUtc);
        Assert.Equal("通报/督查通报-2026年第6期.docx", SupervisionBulletin.FileName(June2026, "docx"));
    }

    [Fact]
    public void Build_LedgerLines_EachUnitGetsItsNewOpenOverdueAndResolvedLinesAsOfThePeriodsEnd()
    {
        var ledger = new[]
        {
            Line("new", opened: new(2026, 6, 10), due: new DateOnly(2026, 12, 10), units: ["市教育局", "市财政局"]),
            Line("old", opened: new(2026, 1, 5), due: new DateOnly(2026, 7, 5), units: ["市教育局"]),
            Line("late", opened: new(2025, 11, 1), due: new DateOnly(2026, 4, 30), units: ["市财政局"]),
            Line("done", opened: new(2026, 1, 5), due: new DateOnly(2026, 7, 5), units: ["市教育局"], resolved: new(2026, 6, 20)),
            Line("done-before", opened: new(2026, 1, 5), due: new DateOnly(2026, 7, 5), units: ["市教育局"], resolved: new(2026, 5, 20)),
            Line("later", opened: new(2026, 7, 2), due: new DateOnly(2027, 1, 2), units: ["市教育局"]),
            Line("orphan", opened: new(2026, 6, 2), due: null, units: null),
            Line("poison", opened: new(2026, 6, 2), due: null, units: null) with { Rule = AlertRule.PoisonMessage.Code },
        };

        var doc = SupervisionBulletin.Build(June2026, ledger);

        var paragraphs = doc.Blocks.OfType<ReportParagraph>().Select(p => p.Text).ToList();
        Assert.Contains("**本期新增 2 项，仍未销号 1 项，逾期未整改 1 项，本期销号 1 项。**", paragraphs);
        var summary = doc.Blocks.OfType<ReportTable>().First();
        Assert.Equal(
            [["市教育局", "1", "1", "0", "1"], ["市财政局", "1", "0", "1", "0"], ["未明确责任单位", "1", "0", "0", "0"]],
            summary.Rows.Select(r => r.ToArray()).ToArray());
        Assert.Equal(["（一）市教育局", "（二）市财政局", "（三）未明确责任单位"], doc.Blocks.OfType<ReportHeading>().Where(h => h.Level == 2).Select(h => h.Text));
        // 04-30 was the last day: on 07-01 it is 62 days late.
        Assert.Contains(doc.Blocks.OfType<ReportTable>().SelectMany(t => t.Rows), r => r[1] == "late" && r[^1] == "逾期 62 天");
        Assert.Contains(doc.Blocks.OfType<ReportTable>().SelectMany(t => t.Rows), r => r[1] == "done" && r[^1] == "2026-06-20");
        Assert.DoesNotContain(doc.Blocks.OfType<ReportTable>().SelectMany(t => t.Rows), r => r[1] is "done-before" or "later" or "poison");
    }

    [Fact]
    public async Task Command_SamplesOutput_WritesAValidDocxAndAnHtmlPageAndRewritesNothingTheSecondTime()
    {
        using var run = new SampleRun();
        await run.RunAsync();
        var stdout = new StringWriter();
        var root = new RootCommand { BulletinCommand.Create(TimeProvider.System, stdout, TextWriter.Null) };

        var exit = await root.Parse(["bulletin", "--output", run.Output, "--as-of", "2026-07-01T09:00+08:00"]).InvokeAsync();

        Assert.Equal(0, exit);
        var docx = Path.Combine(run.Workspace.ReportsFolder, "通报", "督查通报-2026年第6期.docx");
        Assert.Contains(docx, stdout.ToString(), StringComparison.Ordinal);
        var written = File.GetLastWriteTimeUtc(docx);
        using (var doc = WordprocessingDocument.Open(docx, false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(doc));
            var body = doc.MainDocumentPart!.Document.Body!;
            Assert.Equal("昌吉市义务教育优质均衡发展督查通报（2026年第6期）", body.Elements<Paragraph>().First().InnerText);
            Assert.Contains(body.Elements<Paragraph>(), p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading2" && p.InnerText.EndsWith("）市教育局", StringComparison.Ordinal));
        }

        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.ChangeExtension(docx, "html")));
        Assert.Equal("昌吉市义务教育优质均衡发展督查通报（2026年第6期）", html.Title);
        Assert.Contains(html.QuerySelectorAll("h3"), h => h.TextContent.EndsWith("）市教育局", StringComparison.Ordinal));
        // The samples' run (2026-06-01) opened the 2025 lines and resolved those of 2023 the same day.
        Assert.Contains(html.QuerySelectorAll("strong"), s => s.TextContent == "本期新增 2 项，仍未销号 0 项，逾期未整改 0 项，本期销号 15 项。");

        Assert.Equal(0, await root.Parse(["bulletin", "--output", run.Output, "--as-of", "2026-07-01T09:00+08:00"]).InvokeAsync());
        Assert.Equal(written, File.GetLastWriteTimeUtc(docx));
    }

    private static AlertRecord Line(string message, DateTime opened, DateOnly? due, string[]? units, DateTime? resolved = null) => new()
    {
        AlertId = message,
        Key = message,
        Rule = AlertRule.SchoolRuleFailed.Code,
        Severity = "high",
        Subject = message,
        MessageZh = message,
        Status = resolved is null ? AlertStatus.Open : AlertStatus.Resolved,
        OpenedYear = 2025,
        OpenedAtUtc = DateTime.SpecifyKind(opened, DateTimeKind.Utc),
        ResolvedYear = resolved is null ? null : 2025,
        ResolvedAtUtc = resolved is { } r ? DateTime.SpecifyKind(r, DateTimeKind.Utc) : null,
        LastSeenYear = 2025,
        ResponsibleUnits = units is null ? null : ValueList.From(units),
        DueDate = due,
    };
}
