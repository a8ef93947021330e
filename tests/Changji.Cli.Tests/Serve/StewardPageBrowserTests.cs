using Changji.Cli.Serve;
using PuppeteerSharp;

namespace Changji.Cli.Tests.Serve;

/// <summary>
/// The stewards' page in Debian's headless Chromium (PuppeteerSharp drives the installed browser; nothing
/// is downloaded): a good and a faulty sample uploaded through the page's file picker, what the steward
/// then sees, and screenshots (laptop and phone width) written as test artifacts.
/// </summary>
public sealed class StewardPageBrowserTests
{
    [Fact]
    public async Task Page_GoodAndFaultyUpload_OutcomesFindingsReportAnnotatedReturnTemplatesAndHistoryShown()
    {
        await using var served = await ServedSteward.StartAsync();
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = Chromium.Path(),
            Args = Chromium.Args,
        });
        await using var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        await page.GoToAsync(served.Server.Address.ToString());
        await page.WaitForSelectorAsync("body[data-ready='true']");

        var picker = await page.QuerySelectorAsync("#files");
        await picker.UploadFileAsync(
            Path.Combine(RepoRoot.Samples, "2025", "学校基础数据-2025.xlsx"),
            Path.Combine(RepoRoot.Samples, "2025", "补报-学校基础数据-有误.csv"));
        await page.WaitForFunctionAsync(
            "() => document.querySelectorAll('.result[data-status]').length === 2 && document.querySelectorAll('#year-files tbody tr').length === 2",
            new WaitForFunctionOptions { Timeout = 120_000 });

        var statuses = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('.result')].map(r => r.querySelector('h3').textContent + '=' + r.dataset.status)");
        var findingRows = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('.result[data-status=partially_accepted] table.findings tbody tr')].map(r => r.innerText)");
        var history = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#year-files tbody tr')].map(r => r.innerText)");
        var selectedYear = await page.EvaluateExpressionAsync<string>("document.querySelector('#year').selectedOptions[0].textContent");
        var reportHref = await page.EvaluateExpressionAsync<string>("document.querySelector('.result[data-status=partially_accepted] a').href");
        var annotated = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('.result a.annotated, #year-files a.annotated')].map(a => (a.closest('.result') ? 'result' : 'history') + '=' + a.textContent)");
        var annotatedType = await page.EvaluateFunctionAsync<string>("async () => (await fetch(document.querySelector('.result a.annotated').href)).headers.get('Content-Type')");
        var templates = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#templates a.template')].map(a => a.textContent + '=' + new URL(a.href).pathname)");
        var template = await page.EvaluateFunctionAsync<string>(
            "async () => { const r = await fetch(document.querySelector('#templates a.template').href); const b = new Uint8Array(await r.arrayBuffer()); return r.headers.get('Content-Type') + ' ' + String.fromCharCode(b[0], b[1]); }");
        await page.ScreenshotAsync(Chromium.Artifact("steward-page.png"), new ScreenshotOptions { FullPage = true });
        // A phone's width; not IsMobile, which reloads the page and would lose the results shown.
        await page.SetViewportAsync(new ViewPortOptions { Width = 390, Height = 844 });
        await page.ScreenshotAsync(Chromium.Artifact("steward-page-phone.png"), new ScreenshotOptions { FullPage = true });
        await using var reportPage = await browser.NewPageAsync();
        var report = await reportPage.GoToAsync(reportHref);
        var reportText = await reportPage.EvaluateExpressionAsync<string>("document.body.innerText");

        Assert.Equal("2025学年", selectedYear);
        Assert.Equal(["补报-学校基础数据-有误.csv=partially_accepted", "学校基础数据-2025.xlsx=accepted"], statuses);
        Assert.Equal(4, findingRows.Length);
        Assert.Contains(findingRows, r => r.Contains("-575", StringComparison.Ordinal) && r.Contains("初中在校生数", StringComparison.Ordinal));
        Assert.Equal(2, history.Length);
        Assert.All(history, row => Assert.Contains("测试员", row, StringComparison.Ordinal));
        Assert.Contains(history, row => row.Contains("部分接收", StringComparison.Ordinal));
        Assert.Contains(history, row => row.Contains("已接收", StringComparison.Ordinal));
        Assert.Equal(System.Net.HttpStatusCode.OK, report.Status);
        Assert.Contains("数据校验报告", reportText, StringComparison.Ordinal);
        // Only the faulty file has an annotated return, linked in its outcome and in the history.
        Assert.Equal(["result=下载批注版（Excel）", "history=下载批注版（Excel）"], annotated);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", annotatedType);
        // The chosen year's three templates, linked beside the year choice; one fetched is a workbook (zip).
        Assert.Equal(["学校基础数据=/templates/2025/statistics", "学校经费数据=/templates/2025/funding", "县级指标数据=/templates/2025/county"], templates);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet PK", template);
    }

    [Fact]
    public async Task Page_ListenAnyPrintedLink_WorksWithTokenAndRefusedWithout()
    {
        await using var served = await ServedSteward.StartAsync(token: AccessToken.Create());
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions { Headless = true, ExecutablePath = Chromium.Path(), Args = Chromium.Args });
        await using var page = await browser.NewPageAsync();
        // The printed link, opened on this machine (the host name may not resolve in a test sandbox).
        var link = new UriBuilder(served.Server.PageUrl) { Host = "127.0.0.1" }.Uri;

        await page.GoToAsync(link.ToString());
        await page.WaitForSelectorAsync("body[data-ready='true']");
        var picker = await page.QuerySelectorAsync("#files");
        await picker.UploadFileAsync(Path.Combine(RepoRoot.Samples, "2025", "补报-学校基础数据-有误.csv"));
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#year-files tbody tr').length === 1", new WaitForFunctionOptions { Timeout = 120_000 });
        var status = await page.EvaluateExpressionAsync<string>("document.querySelector('.result').dataset.status");
        var reportHref = await page.EvaluateExpressionAsync<string>("document.querySelector('.result a').href");
        var report = await (await browser.NewPageAsync()).GoToAsync(reportHref);
        await using var stranger = await browser.CreateBrowserContextAsync();
        await using var strangerPage = await stranger.NewPageAsync();
        var refused = await strangerPage.GoToAsync(served.Server.Address.ToString());

        Assert.Equal(served.Server.Address, new Uri(page.Url));
        Assert.Equal("partially_accepted", status);
        Assert.Equal(System.Net.HttpStatusCode.OK, report.Status);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.Status);
        Assert.Contains("未携带访问令牌", await refused.TextAsync(), StringComparison.Ordinal);
    }
}
