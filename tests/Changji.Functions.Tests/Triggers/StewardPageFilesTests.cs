using Changji.Functions.Auth;
using Changji.Functions.Triggers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Changji.Functions.Tests.Triggers;

/// <summary>The page's files and its sign-in settings as the Functions app serves them: public, and no data.</summary>
public sealed class StewardPageFilesTests
{
    private static StewardPageFiles Files(StewardAuthOptions options) => new(options, StewardTokenValidator.Metadata(options));

    private static HttpRequest Request(string path)
    {
        var request = new DefaultHttpContext().Request;
        request.Path = path;
        return request;
    }

    [Fact]
    public void Page_WithoutTrailingSlash_RedirectedSoRelativeLinksResolve() =>
        Assert.Equal("/api/steward/", Assert.IsType<RedirectResult>(Files(new()).Page(Request("/api/steward"), null)).Url);

    [Fact]
    public void Page_Script_ServedAsJavaScript()
    {
        var file = Assert.IsType<FileContentResult>(Files(new()).Page(Request("/api/steward/steward.js"), "steward.js"));

        Assert.Equal("text/javascript; charset=utf-8", file.ContentType);
    }

    [Fact]
    public void Page_UnknownFile_NotFound() =>
        Assert.IsType<NotFoundResult>(Files(new()).Page(Request("/api/steward/web.config"), "web.config"));

    [Fact]
    public async Task AuthConfig_NotConfigured_503SayingSo()
    {
        var result = Assert.IsType<ContentResult>(await Files(new()).AuthConfigAsync(Request("/api/steward/api/auth"), CancellationToken.None));

        Assert.Equal(503, result.StatusCode);
        Assert.Contains("登录尚未配置", System.Text.Json.JsonDocument.Parse(result.Content!).RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
