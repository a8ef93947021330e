using System.Net;
using System.Text.Json;

namespace Changji.Cli.Tests.Serve;

/// <summary>
/// <c>changji serve --listen-any</c> over real HTTP: every interface is bound, and no page, asset, API call
/// or upload is answered without the start-up token (401 in Chinese); the printed link sets the cookie the page then sends.
/// </summary>
public sealed class ListenAnyServerTests
{
    private const string Token = "k3Yd7n0tGu3ssabl3-t0ken_for-tests-only-0123";
    private const string Refusal = "未携带访问令牌或令牌不正确";

    private static byte[] Faulty() => File.ReadAllBytes(Path.Combine(RepoRoot.Samples, "2025", "补报-学校基础数据-有误.csv"));

    [Fact]
    public async Task ListenAny_Bindings_EveryInterfaceNotLoopbackOnly()
    {
        await using var served = await ServedSteward.StartAsync(token: Token);
        await using var local = await ServedSteward.StartAsync();

        Assert.Contains(served.Server.Bindings, u => u.Contains("[::]", StringComparison.Ordinal) || u.Contains("0.0.0.0", StringComparison.Ordinal));
        Assert.All(local.Server.Bindings, u => Assert.StartsWith("http://127.0.0.1:", u, StringComparison.Ordinal));
        Assert.Null(local.Server.Token);
    }

    [Theory]
    [InlineData("")]
    [InlineData("steward.js")]
    [InlineData("steward.css")]
    [InlineData("reports/0000")]
    [InlineData("templates/2025/statistics")]
    public async Task ListenAny_PageWithoutToken_401InChinese(string path)
    {
        await using var served = await ServedSteward.StartAsync(token: Token);

        using var response = await served.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains(Refusal, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/years/2025/files")]
    [InlineData("api/texts")]
    [InlineData("api/limits")]
    public async Task ListenAny_ApiWithoutToken_401JsonMessage(string path)
    {
        await using var served = await ServedSteward.StartAsync(token: Token);

        using var response = await served.Http.GetAsync(path);
        var message = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith(Refusal, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListenAny_WrongTokenEveryWay_401AndNothingWritten()
    {
        await using var served = await ServedSteward.StartAsync(token: Token);
        var wrong = Token[..^1] + "1";
        using var query = await served.Http.GetAsync($"?token={wrong}");
        using var cookieRequest = new HttpRequestMessage(HttpMethod.Get, "api/years");
        cookieRequest.Headers.Add("Cookie", $"changji_token={wrong}");
        using var cookie = await served.Http.SendAsync(cookieRequest);
        using var upload = await served.UploadAsync(2025, "a.csv", Faulty(), bearer: wrong);
        using var unsigned = await served.UploadAsync(2025, "a.csv", Faulty());

        Assert.Equal(HttpStatusCode.Unauthorized, query.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, cookie.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.False(Directory.Exists(served.Incoming));
    }

    [Fact]
    public async Task ListenAny_PrintedLink_SetsStrictCookieRedirectsAndPageWorks()
    {
        await using var served = await ServedSteward.StartAsync(token: Token);
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = served.Server.Address };

        using var link = await browser.GetAsync($"?token={Token}");
        using var page = await browser.GetAsync("");
        using var years = await browser.GetAsync("api/years");

        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
        Assert.Equal("/", link.Headers.Location!.OriginalString);
        var setCookie = Assert.Single(link.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, years.StatusCode);
    }

    [Fact]
    public async Task ListenAny_BearerTokenAnyHostName_UploadProcessed()
    {
        await using var served = await ServedSteward.StartAsync(token: Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/years");
        request.Headers.Host = "changji-pc.lan";
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);

        using var foreignName = await served.Http.SendAsync(request);
        using var upload = await served.UploadAsync(2025, "补报-学校基础数据-有误.csv", Faulty(), bearer: Token);

        Assert.Equal(HttpStatusCode.OK, foreignName.StatusCode);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.True(File.Exists(Path.Combine(served.Incoming, "2025", "补报-学校基础数据-有误.csv")));
    }

    [Fact]
    public async Task ListenAny_PageUrl_HostNameAndToken()
    {
        await using var served = await ServedSteward.StartAsync(token: Token);

        Assert.Equal(Dns.GetHostName(), served.Server.PageUrl.Host, ignoreCase: true);
        Assert.Equal($"?token={Token}", served.Server.PageUrl.Query);
        Assert.Equal(served.Server.Address.Port, served.Server.PageUrl.Port);
    }
}
