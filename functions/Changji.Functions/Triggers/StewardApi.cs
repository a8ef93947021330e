using Changji.Functions.Auth;
using Changji.Pipeline.Stewards;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Changji.Functions.Triggers;

/// <summary>
/// The stewards' JSON API, the same routes as <c>changji serve</c> under <c>/api/steward/</c>, every
/// call behind <see cref="StewardAccess"/> (Steward to upload, Steward or Viewer to read). An upload
/// is only written to <c>incoming/</c>: Event Grid and <see cref="IngestFile"/> process it like any
/// dropped file, and the page polls <c>api/files/{sha256}</c> until the ledger has it.
/// </summary>
public sealed class StewardApi(StewardAccess access, UploadFile upload, StewardYears years, ListYearFiles files, FileFindings findings, ReadValidationReport reports, ReadAnnotatedReturn returns,
    DownloadTemplate templates)
{
    private const string Api = "steward/api/";

    [Function("StewardTexts")]
    public Task<IActionResult> TextsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Api + "texts")] HttpRequest request, CancellationToken ct) =>
        ReadAsync(request, () => Task.FromResult<object?>(StewardTexts.All()), ct);

    [Function("StewardLimits")]
    public Task<IActionResult> LimitsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Api + "limits")] HttpRequest request, CancellationToken ct) =>
        ReadAsync(request, () => Task.FromResult<object?>(upload.Limits), ct);

    [Function("StewardYears")]
    public Task<IActionResult> YearsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Api + "years")] HttpRequest request, CancellationToken ct) =>
        ReadAsync(request, async () => await years.RunAsync(ct).ConfigureAwait(false), ct);

    [Function("StewardYearFiles")]
    public Task<IActionResult> YearFilesAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Api + "years/{year:int}/files")] HttpRequest request, int year, CancellationToken ct) =>
        ReadAsync(request, async () => await files.RunAsync(year, ct).ConfigureAwait(false), ct);

    [Function("StewardFileFindings")]
    public Task<IActionResult> FindingsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Api + "files/{sha256}")] HttpRequest request, string sha256, CancellationToken ct) =>
        ReadAsync(request, async () => await findings.RunAsync(sha256, ct).ConfigureAwait(false), ct);

    [Function("StewardReport")]
    public async Task<IActionResult> ReportAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "steward/reports/{sha256}")] HttpRequest request, string sha256, CancellationToken ct)
    {
        var (_, denied) = await access.CheckAsync(request, upload: false, ct).ConfigureAwait(false);
        return denied ?? (await reports.RunAsync(sha256, ct).ConfigureAwait(false) is { } html
            ? new ContentResult { Content = html, ContentType = "text/html; charset=utf-8", StatusCode = 200 }
            : new NotFoundResult());
    }

    [Function("StewardAnnotatedReturn")]
    public async Task<IActionResult> AnnotatedReturnAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "steward/returns/{sha256}")] HttpRequest request, string sha256, CancellationToken ct)
    {
        var (_, denied) = await access.CheckAsync(request, upload: false, ct).ConfigureAwait(false);
        return denied ?? (await returns.RunAsync(sha256, ct).ConfigureAwait(false) is { } file
            ? new FileContentResult(file.Content, ReadAnnotatedReturn.ContentType) { FileDownloadName = file.FileName }
            : new NotFoundResult());
    }

    [Function("StewardTemplate")]
    public async Task<IActionResult> TemplateAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "steward/templates/{year:int}/{kind}")] HttpRequest request, int year, string kind, CancellationToken ct)
    {
        var (_, denied) = await access.CheckAsync(request, upload: false, ct).ConfigureAwait(false);
        if (denied is not null)
        {
            return denied;
        }

        var download = await templates.RunAsync(year, kind, ct).ConfigureAwait(false);
        return download.File is { } file
            ? new FileContentResult(file.Content, DownloadTemplate.ContentType) { FileDownloadName = file.FileName }
            : StewardJson.Message(StatusCodes.Status404NotFound, download.MissingZh!);
    }

    [Function("StewardUpload")]
    public async Task<IActionResult> UploadAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Api + "years/{year:int}/files")] HttpRequest request, int year, CancellationToken ct)
    {
        var (caller, denied) = await access.CheckAsync(request, upload: true, ct).ConfigureAwait(false);
        if (denied is not null)
        {
            return denied;
        }

        var form = await UploadForm.ReadAsync(request, year, caller!.Who, upload.Limits, ct).ConfigureAwait(false);
        if (form.RefusalZh is { } refused)
        {
            return StewardJson.Message(StatusCodes.Status400BadRequest, refused);
        }

        var result = await upload.RunAsync(form.Request!, ct).ConfigureAwait(false);
        return result.Stored
            ? StewardJson.Of(new { result.Path, result.Sha256 }, StatusCodes.Status202Accepted)
            : StewardJson.Message(StatusCodes.Status400BadRequest, result.RefusalZh!);
    }

    private async Task<IActionResult> ReadAsync(HttpRequest request, Func<Task<object?>> read, CancellationToken ct)
    {
        var (_, denied) = await access.CheckAsync(request, upload: false, ct).ConfigureAwait(false);
        return denied ?? (await read().ConfigureAwait(false) is { } value ? StewardJson.Of(value) : new NotFoundResult());
    }
}
