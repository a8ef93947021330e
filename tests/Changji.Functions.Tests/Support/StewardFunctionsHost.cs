using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Changji.Functions.Triggers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Changji.Functions.Tests.Support;

/// <summary>
/// Stands in for what cannot run here, the Functions host and Entra ID, so the page can be driven in a
/// browser: Kestrel on loopback routes <c>/api/steward/…</c> to the stewards' function methods as the
/// host's HTTP routes would (and executes their action results), delivers the BlobCreated event of an
/// upload to <see cref="IngestFile"/> as Event Grid would, and under <c>/idp/</c> answers as a tenant:
/// metadata, keys, an authorize endpoint that signs the user in at once, and a token endpoint that
/// checks the PKCE verifier and issues a <c>Steward</c> token of <see cref="TestTokenIssuer"/>.
/// </summary>
internal sealed class StewardFunctionsHost : IAsyncDisposable
{
    private readonly WebApplication web;

    private StewardFunctionsHost(WebApplication web, Uri address)
    {
        this.web = web;
        Address = address;
    }

    public Uri Address { get; }

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public static async Task<StewardFunctionsHost> StartAsync(int port, StewardTestApp app, TestTokenIssuer issuer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.AddMvcCore();
        var web = builder.Build();
        var page = app.Page;
        var api = app.Api;
        var pkce = new Dictionary<string, string>(StringComparer.Ordinal);

        web.MapGet("/api/steward", (HttpContext c) => Run(c, page.Page(c.Request, null)));
        web.MapGet("/api/steward/{asset}", (HttpContext c, string asset) => Run(c, page.Page(c.Request, asset)));
        web.MapGet("/api/steward/api/auth", async (HttpContext c) => await Run(c, await page.AuthConfigAsync(c.Request, c.RequestAborted)));
        web.MapGet("/api/steward/api/texts", async (HttpContext c) => await Run(c, await api.TextsAsync(c.Request, c.RequestAborted)));
        web.MapGet("/api/steward/api/limits", async (HttpContext c) => await Run(c, await api.LimitsAsync(c.Request, c.RequestAborted)));
        web.MapGet("/api/steward/api/years", async (HttpContext c) => await Run(c, await api.YearsAsync(c.Request, c.RequestAborted)));
        web.MapGet("/api/steward/api/years/{year:int}/files", async (HttpContext c, int year) => await Run(c, await api.YearFilesAsync(c.Request, year, c.RequestAborted)));
        web.MapGet("/api/steward/api/files/{sha256}", async (HttpContext c, string sha256) => await Run(c, await api.FindingsAsync(c.Request, sha256, c.RequestAborted)));
        web.MapGet("/api/steward/reports/{sha256}", async (HttpContext c, string sha256) => await Run(c, await api.ReportAsync(c.Request, sha256, c.RequestAborted)));
        web.MapGet("/api/steward/returns/{sha256}", async (HttpContext c, string sha256) => await Run(c, await api.AnnotatedReturnAsync(c.Request, sha256, c.RequestAborted)));
        web.MapGet("/api/steward/templates/{year:int}/{kind}", async (HttpContext c, int year, string kind) => await Run(c, await api.TemplateAsync(c.Request, year, kind, c.RequestAborted)));
        web.MapPost("/api/steward/api/years/{year:int}/files", async (HttpContext c, int year) =>
        {
            var result = await api.UploadAsync(c.Request, year, c.RequestAborted);
            if (result is ContentResult { StatusCode: 202, Content: { } body })
            {
                var path = JsonDocument.Parse(body).RootElement.GetProperty("path").GetString()!;
                var blob = app.Incoming.GetBlobClient(path);
                // Event Grid: the BlobCreated event reaches IngestFile a moment after the write.
                _ = Task.Run(() => app.Get<IngestFile>().RunAsync(EventGridEvents.BlobCreated(blob.BlobContainerName, blob.Name, blob.Uri), CancellationToken.None));
            }

            await Run(c, result);
        });

        web.MapGet("/idp/tenant/v2.0/.well-known/openid-configuration", () => Results.Content(issuer.MetadataJson, "application/json"));
        web.MapGet("/idp/keys", () => Results.Content(issuer.KeysJson, "application/json"));
        web.MapGet("/idp/oauth2/v2.0/authorize", (HttpContext c) =>
        {
            var q = c.Request.Query;
            if (q["client_id"] != TestTokenIssuer.ClientId || q["code_challenge_method"] != "S256" || q["response_type"] != "code")
            {
                return Results.BadRequest();
            }

            var code = Guid.NewGuid().ToString("N");
            pkce[code] = q["code_challenge"]!;
            return Results.Redirect($"{q["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(q["state"]!)}");
        });
        web.MapPost("/idp/oauth2/v2.0/token", async (HttpContext c) =>
        {
            var form = await c.Request.ReadFormAsync();
            var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
            return pkce.Remove(form["code"].ToString(), out var expected) && expected == challenge
                ? Results.Json(new { access_token = issuer.Token(app.Clock.Now, ["Steward"]), token_type = "Bearer", expires_in = 3600 })
                : Results.BadRequest();
        });

        await web.StartAsync();
        return new StewardFunctionsHost(web, new Uri($"http://127.0.0.1:{port}/"));
    }

    private static Task Run(HttpContext context, IActionResult result) =>
        result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        await web.StopAsync();
        await web.DisposeAsync();
    }
}
