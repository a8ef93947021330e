using AngleSharp.Html.Parser;
using Changji.Pipeline.Reports;
using Changji.Pipeline.Tests.Support;

namespace Changji.Pipeline.Tests.Reports;

/// <summary>The HTML self-evaluation report, opened with a real HTML5 parser (AngleSharp).</summary>
public sealed class HtmlReportTests
{
    [Fact]
    public void Render_Markdown_IsAnHtml5PageWithTitleHeadingsAndTables()
    {
        var html = HtmlReport.Render("自评报告", "# 标题\n\n## 一、总体结论\n\n| 方面 | 结论 |\n|---|---|\n| 资源配置 | 达标 |\n");

        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal("自评报告", document.Title);
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", document.QuerySelector("meta[charset]")?.GetAttribute("charset"));
        Assert.Equal("一、总体结论", document.QuerySelector("h2")?.TextContent);
        Assert.Equal(["资源配置", "达标"], document.QuerySelectorAll("tbody td").Select(td => td.TextContent));
    }

    [Fact]
    public void Render_HtmlInAStewardsText_IsShownAsTextNeverRun()
    {
        var html = HtmlReport.Render("<b>题</b>", "| 学校 |\n|---|\n| <script>alert(1)</script><img src=x onerror=alert(1)> |\n");

        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script, img"));
        Assert.Equal("<b>题</b>", document.Title);
        Assert.Contains("<script>alert(1)</script>", document.QuerySelector("td")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SampleRun_2023Report_HtmlCarriesTheVerdictAndEveryTable()
    {
        using var run = new SampleRun();
        await run.RunAsync();
        var markdown = File.ReadAllText(Path.Combine(run.Workspace.ReportsFolder, SelfEvaluationReport.FileName(2023)));

        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(run.Workspace.ReportsFolder, SelfEvaluationReport.FileName(2023, "html"))));

        Assert.Equal(SelfEvaluationReport.Title(2023), document.Title);
        Assert.Equal("国家标准：尚未达到优质均衡标准。", document.QuerySelector("strong")?.TextContent);
        Assert.Equal(markdown.Split('\n').Count(l => l.StartsWith("|---", StringComparison.Ordinal)), document.QuerySelectorAll("table").Length);
        Assert.Contains(document.QuerySelectorAll("td"), td => td.TextContent == "L6 缺 240,000 元");
    }
}
