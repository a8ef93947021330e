using System.Security.Cryptography;
using System.Text.Json;
using Changji.Functions.Tests.Support;
using Changji.Pipeline.Ports;
using Changji.Pipeline.UseCases;
using Changji.Testing.Azure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace Changji.Functions.Tests.Auth;

/// <summary>
/// The stewards' API in the Functions app over Azurite, with tokens of a test issuer checked by the
/// app's real validator: no token → 401, a role missing → 403, a bad upload → 400 in Chinese, and in
/// each refusal nothing written; a Steward's upload is a dropped file naming its uploader in the ledger.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StewardApiAuthTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TestTokenIssuer issuer = new();

    private static byte[] Faulty() => File.ReadAllBytes(Path.Combine(RepoRoot.Samples, "2025", "补报-学校基础数据-有误.csv"));

    private static int? Status(IActionResult result) => result switch
    {
        ContentResult c => c.StatusCode,
        IStatusCodeActionResult s => s.StatusCode,
        _ => null,
    };

    private static string Message(IActionResult result) =>
        JsonDocument.Parse(((ContentResult)result).Content!).RootElement.GetProperty("message").GetString()!;

    private async Task<int> IncomingCountAsync(StewardTestApp app)
    {
        var count = 0;
        await foreach (var _ in app.Incoming.GetBlobsAsync())
        {
            count++;
        }

        return count;
    }

    [Fact]
    public async Task Upload_NoToken_401NothingWritten()
    {
        using var app = await StewardTestApp.CreateAsync(azurite, issuer);
        var request = await StewardTestApp.UploadAsync(null, "a.csv", Faulty());

        var result = await app.Api.UploadAsync(request, 2025, CancellationToken.None);

        Assert.Equal(401, Status(result));
        Assert.Equal("Bearer", request.HttpContext.Response.Headers.WWWAuthenticate.ToString());
        Assert.Equal(0, await IncomingCountAsync(app));
    }

    [Fact]
    public async Task Upload_ViewerRole_403NamingStewardNothingWritten()
    {
        using var app = await StewardTestApp.CreateAsync(azurite, issuer);
        var token = issuer.Token(app.Clock.Now, ["Viewer"]);

        var result = await app.Api.UploadAsync(await StewardTestApp.UploadAsync(token, "a.csv", Faulty()), 2025, CancellationToken.None);

        Assert.Equal(403, Status(result));
        Assert.Contains("「Steward」", Message(result), StringComparison.Ordinal);
        Assert.Equal(0, await IncomingCountAsync(app));
    }

    [Fact]
    public async Task Read_NoRole_403()
    {
        using var app = await StewardTestApp.CreateAsync(azurite, issuer);

        var result = await app.Api.YearFilesAsync(StewardTestApp.Get(issuer.Token(app.Clock.Now, [])), 2025, CancellationToken.None);

        Assert.Equal(403, Status(result));
    }

    [Fact]
    public async Task Read_ViewerRole_Allowed()
    {
        using var app = await StewardTestApp.CreateAsync(azurite, issuer);

        var result = await app.Api.YearFilesAsync(StewardTestApp.Get(issuer.Token(app.Clock.Now, ["Viewer"])), 2025, CancellationToken.None);

        Assert.Equal(200, Status(result));
        Assert.Equal("[]", ((ContentResult)result).Content);
    }

    [Fact]
    public async Task Read_ExpiredWrongAudienceOrForeignKey_401()
    {
        using var app = await StewardTestApp.CreateAsync(azurite, issuer);
        using var foreign = RSA.Create(2048);
        string[] tokens =
        [
            issuer.Token(app.Clock.Now.AddHours(-3), ["Steward"]),
            issuer.Token(app.Clock.Now, ["Steward"], audience: "api://someone-else"),
            issuer.Token(app.Clock.Now, ["Steward"], signWith: new RsaSecurityKey(foreign) { KeyId = "test-key" }),
            "not-a-token",
        ];

        foreach (var token in tokens)
        {
            Assert.Equal(401, Status(await app.Api.YearsAsync(StewardTestApp.Get(token), CancellationToken.None)));
        }
    }

    [Fact]
    public async Task Upload_NotASpreadsheet_400InChineseNothingWritten()
    {
        using var app = await StewardTestApp.CreateAsync(azurite, issuer);
        var token = issuer.Token(app.Clock.Now, ["Steward"]);

        var result = await app.Api.UploadAsync(await StewardTestApp.UploadAsync(token, "学校基础数据.xlsx", [0x25, 0x50, 0x44, 0x46, 0]), 2025, CancellationToken.None);

        Assert.Equal(400, Status(result));
        Assert.Contains("不是 Excel 工作簿或 CSV 文本", Message(result), StringComparison.Ordinal);
        Assert.Equal(0, await IncomingCountAsync(app));
    }

    [Fact]
    public async Task Upload_Oversized_400InChineseNothingWritten()
    {
        using var app = await StewardTestApp.CreateAsync(azurite, issuer, new Dictionary<string, string?> { ["MaxFileBytes"] = "1024" });
        var token = issuer.Token(app.Clock.Now, ["Steward"]);

        var result = await app.Api.UploadAsync(await StewardTestApp.UploadAsync(token, "大.csv", new byte[512 * 1024]), 2025, CancellationToken.None);

        Assert.Equal(400, Status(result));
        Assert.Contains("超过上限", Message(result), StringComparison.Ordinal);
        Assert.Equal(0, await IncomingCountAsync(app));
    }

    [Fact]
    public async Task Upload_StewardRole_DroppedBlobThenLedgerNamesTheUploader()
    {
        using var app = await StewardTestApp.CreateAsync(azurite, issuer);
        var token = issuer.Token(app.Clock.Now, ["Steward"]);

        var result = await app.Api.UploadAsync(await StewardTestApp.UploadAsync(token, "补报.csv", Faulty()), 2025, CancellationToken.None);
        var sha = JsonDocument.Parse(((ContentResult)result).Content!).RootElement.GetProperty("sha256").GetString()!;
        await app.Get<IngestIncoming>().RunAsync("2025/补报.csv");
        var detail = await app.Api.FindingsAsync(StewardTestApp.Get(issuer.Token(app.Clock.Now, ["Viewer"])), sha, CancellationToken.None);

        Assert.Equal(202, Status(result));
        var recorded = (await app.Get<ISubmissionLedger>().FindAsync(sha))!;
        Assert.Equal(("周七", "0b5e0000-0000-4000-8000-0000000000a1"), (recorded.UploadedBy!.Name, recorded.UploadedBy.Id));
        Assert.Equal(200, Status(detail));
        Assert.Equal(4, JsonDocument.Parse(((ContentResult)detail).Content!).RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task AnnotatedReturn_ViewerRole_TheXlsxFromTheReportsContainerAndNoTokenRefused()
    {
        using var app = await StewardTestApp.CreateAsync(azurite, issuer);
        var upload = await app.Api.UploadAsync(await StewardTestApp.UploadAsync(issuer.Token(app.Clock.Now, ["Steward"]), "补报.csv", Faulty()), 2025, CancellationToken.None);
        var sha = JsonDocument.Parse(((ContentResult)upload).Content!).RootElement.GetProperty("sha256").GetString()!;
        await app.Get<IngestIncoming>().RunAsync("2025/补报.csv");

        var result = await app.Api.AnnotatedReturnAsync(StewardTestApp.Get(issuer.Token(app.Clock.Now, ["Viewer"])), sha, CancellationToken.None);
        var anonymous = await app.Api.AnnotatedReturnAsync(StewardTestApp.Get(null), sha, CancellationToken.None);

        var file = Assert.IsType<FileContentResult>(result);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.ContentType);
        Assert.Equal("补报.批注.xlsx", file.FileDownloadName);
        Assert.Equal("PK"u8.ToArray(), file.FileContents[..2]);
        Assert.Equal(401, Status(anonymous));
    }

    [Fact]
    public async Task Template_ViewerRole_TheKindsWorkbookNoTokenRefusedUnknownKind404InChinese()
    {
        using var app = await StewardTestApp.CreateAsync(azurite, issuer);
        var viewer = issuer.Token(app.Clock.Now, ["Viewer"]);

        var result = await app.Api.TemplateAsync(StewardTestApp.Get(viewer), 2025, "county", CancellationToken.None);
        var anonymous = await app.Api.TemplateAsync(StewardTestApp.Get(null), 2025, "county", CancellationToken.None);
        var unknown = await app.Api.TemplateAsync(StewardTestApp.Get(viewer), 2025, "budget", CancellationToken.None);

        var file = Assert.IsType<FileContentResult>(result);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.ContentType);
        Assert.Equal("县级指标数据.xlsx", file.FileDownloadName);
        using var xlsx = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(file.FileContents), false);
        Assert.Equal(["县级指标数据", "填报说明"], xlsx.WorkbookPart!.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
        Assert.Equal(401, Status(anonymous));
        Assert.Equal(404, Status(unknown));
        Assert.Contains("没有这种填报模板", Message(unknown), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthConfig_Configured_EndpointsFromTheIssuersMetadata()
    {
        using var app = await StewardTestApp.CreateAsync(azurite, issuer);

        var result = await app.Page.AuthConfigAsync(StewardTestApp.Get(null), CancellationToken.None);

        var config = JsonDocument.Parse(((ContentResult)result).Content!).RootElement;
        Assert.Equal(TestTokenIssuer.ClientId, config.GetProperty("clientId").GetString());
        Assert.Equal($"api://{TestTokenIssuer.ClientId}/access_as_user", config.GetProperty("scope").GetString());
        Assert.EndsWith("/oauth2/v2.0/token", config.GetProperty("tokenEndpoint").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_AzureChinaAuthority_MetadataOfThatCloud()
    {
        var options = new Changji.Functions.Auth.StewardAuthOptions { Authority = "https://login.chinacloudapi.cn/contoso.partner.onmschina.cn", ClientId = "c" };

        Assert.Equal("https://login.chinacloudapi.cn/contoso.partner.onmschina.cn/v2.0/.well-known/openid-configuration", options.MetadataAddress.AbsoluteUri);
    }

    public void Dispose() => issuer.Dispose();
}
