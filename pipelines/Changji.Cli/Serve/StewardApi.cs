using System.Globalization;
using System.Text.Json;
using Changji.Pipeline.Stewards;
using Changji.Pipeline.Submissions;
using Changji.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Changji.Cli.Serve;

/// <summary>
/// The page and its JSON API over the stewards' use cases (docs/stewards-page.md): the same routes
/// the Functions app serves. An upload is processed before the answer, as <c>changji run</c> would.
/// </summary>
internal static class StewardApi
{
    /// <summary>
    /// The page sends this header with every upload. A form another site posts cannot (a custom header
    /// needs a CORS preflight this server never grants), so no web page can upload through the user's browser.
    /// </summary>
    public const string PageHeader = "X-Changji-Page";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(WebApplication app, Uploader uploader)
    {
        app.MapGet("/", () => Asset(null));
        app.MapGet("/{asset}", (string asset) => Asset(asset));
        app.MapGet("/api/texts", () => Results.Json(StewardTexts.All(), Json));
        app.MapGet("/api/limits", (UploadFile upload) => Results.Json(upload.Limits, Json));
        app.MapGet("/api/years", async (StewardYears years, CancellationToken ct) => Results.Json(await years.RunAsync(ct).ConfigureAwait(false), Json));
        app.MapGet("/api/years/{year:int}/files", async (int year, ListYearFiles files, CancellationToken ct) =>
            Results.Json(await files.RunAsync(year, ct).ConfigureAwait(false), Json));
        app.MapGet("/api/files/{sha256}", async (string sha256, FileFindings findings, CancellationToken ct) =>
            await findings.RunAsync(sha256, ct).ConfigureAwait(false) is { } detail ? Results.Json(detail, Json) : Results.NotFound());
        app.MapGet("/reports/{sha256}", async (string sha256, ReadValidationReport reports, CancellationToken ct) =>
            await reports.RunAsync(sha256, ct).ConfigureAwait(false) is { } html ? Results.Content(html, "text/html; charset=utf-8") : Results.NotFound());
        app.MapGet("/returns/{sha256}", async (string sha256, ReadAnnotatedReturn returns, CancellationToken ct) =>
            await returns.RunAsync(sha256, ct).ConfigureAwait(false) is { } file ? Results.File(file.Content, ReadAnnotatedReturn.ContentType, file.FileName) : Results.NotFound());
        app.MapGet("/templates/{year:int}/{kind}", async (int year, string kind, DownloadTemplate templates, CancellationToken ct) =>
            Template(await templates.RunAsync(year, kind, ct).ConfigureAwait(false)));
        app.MapPost("/api/years/{year:int}/files", (int year, HttpRequest request, UploadFile upload, ProcessUpload process, LocalUploadGate gate, CancellationToken ct) =>
            UploadAsync(year, request, uploader, upload, process, gate, ct));
    }

    private static IResult Template(TemplateDownload download) => download.File is { } file
        ? Results.File(file.Content, DownloadTemplate.ContentType, file.FileName)
        : Results.Json(new { message = download.MissingZh }, Json, statusCode: StatusCodes.Status404NotFound);

    private static IResult Asset(string? name) =>
        StewardPage.Find(name) is { } asset ? Results.Bytes(asset.Content, asset.ContentType) : Results.NotFound();

    private static async Task<IResult> UploadAsync(int year, HttpRequest request, Uploader uploader, UploadFile upload, ProcessUpload process, LocalUploadGate gate, CancellationToken ct)
    {
        if (!request.Headers.ContainsKey(PageHeader))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!request.HasFormContentType)
        {
            return Refused(ZhCn.Text("steward.upload.no_file"));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is BadHttpRequestException or InvalidDataException)
        {
            // Kestrel stops reading past the body limit: nothing of it was kept.
            var max = (upload.Limits.MaxFileBytes / 1048576.0).ToString("0.##", CultureInfo.InvariantCulture);
            return Refused(ZhCn.Format("steward.upload.body_too_large", ("max", max)));
        }

        if ((form.Files.GetFile("file") ?? form.Files.FirstOrDefault()) is not { } file)
        {
            return Refused(ZhCn.Text("steward.upload.no_file"));
        }

        var content = new byte[file.Length];
        var stream = file.OpenReadStream();
        await using (stream.ConfigureAwait(false))
        {
            await stream.ReadExactlyAsync(content, ct).ConfigureAwait(false);
        }

        return await gate.RunAsync(async () =>
        {
            var result = await upload.RunAsync(new UploadRequest(year, file.FileName, file.ContentType, content, uploader), ct).ConfigureAwait(false);
            if (!result.Stored)
            {
                return Refused(result.RefusalZh!);
            }

            await process.RunAsync(result.Path!, ct).ConfigureAwait(false);
            return Results.Json(new { result.Path, result.Sha256 }, Json, statusCode: StatusCodes.Status201Created);
        }, ct).ConfigureAwait(false);
    }

    private static IResult Refused(string messageZh) => Results.Json(new { message = messageZh }, Json, statusCode: StatusCodes.Status400BadRequest);
}
