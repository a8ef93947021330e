using Changji.Functions.Tests.Support;
using Changji.Testing.Azure;
using PuppeteerSharp;

namespace Changji.Functions.Tests.Auth;

/// <summary>
/// The page as the Functions app serves it, in Debian's headless Chromium: it signs in (authorization
/// code with PKCE against a stand-in tenant), uploads with the token, and shows the outcome once the
/// blob's event was processed; the year's list and the report (fetched with the token) name the
/// signed-in user as uploader.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StewardSignInBrowserTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Page_SignedInSteward_UploadsAndSeesOutcomeWithTheirName()
    {
        var port = StewardFunctionsHost.FreePort();
        using var issuer = new TestTokenIssuer(new Uri($"http://127.0.0.1:{port}/idp/"));
        using var app = await StewardTestApp.CreateAsync(azurite, issuer);
        await using var host = await StewardFunctionsHost.StartAsync(port, app, issuer);
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions { Headless = true, ExecutablePath = Chromium.Path(), Args = Chromium.Args });
        await using var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });

        await page.GoToAsync(new Uri(host.Address, "api/steward").AbsoluteUri);
        await page.WaitForSelectorAsync("body[data-ready='true']", new WaitForSelectorOptions { Timeout = 60_000 });
        var picker = await page.QuerySelectorAsync("#files");
        await picker.UploadFileAsync(Path.Combine(RepoRoot.Samples, "2025", "补报-学校基础数据-有误.csv"));
        await page.WaitForFunctionAsync(
            "() => document.querySelector('.result[data-status]') && document.querySelectorAll('#year-files tbody tr').length === 1",
            new WaitForFunctionOptions { Timeout = 120_000 });
        var status = await page.EvaluateExpressionAsync<string>("document.querySelector('.result').dataset.status");
        var findings = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.result table.findings tbody tr').length");
        var history = await page.EvaluateExpressionAsync<string>("document.querySelector('#year-files tbody tr').innerText");
        var url = page.Url;
        await page.ScreenshotAsync(Chromium.Artifact("steward-page-azure.png"), new ScreenshotOptions { FullPage = true });
        // The report link carries no token by itself: the page fetches the report with it and opens it.
        var opened = browser.WaitForTargetAsync(t => t.Url.StartsWith("blob:", StringComparison.Ordinal), new WaitForOptions { Timeout = 30_000 });
        await page.ClickAsync(".result a");
        await using var report = await (await opened).PageAsync();
        var reportText = await report.EvaluateExpressionAsync<string>("document.body.innerText");

        Assert.Equal(new Uri(host.Address, "api/steward/").AbsoluteUri, url); // the code and state are gone from the address
        Assert.Equal("partially_accepted", status);
        Assert.Equal(4, findings);
        Assert.Contains("周七", history, StringComparison.Ordinal);
        Assert.Contains("上传人：周七（0b5e0000-0000-4000-8000-0000000000a1）", reportText, StringComparison.Ordinal);
    }
}
