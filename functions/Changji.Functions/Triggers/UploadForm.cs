using System.Globalization;
using Changji.Pipeline.Stewards;
using Changji.Pipeline.Submissions;
using Changji.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Changji.Functions.Triggers;

/// <summary>
/// The multipart body of an upload (field <c>file</c>), read only up to the size limit: a larger body
/// is refused before it is read, so nothing of it is kept.
/// </summary>
internal sealed record UploadForm(UploadRequest? Request, string? RefusalZh)
{
    /// <summary>Room for the multipart framing around a file of the maximum size.</summary>
    private const long FramingBytes = 64 * 1024;

    public static async Task<UploadForm> ReadAsync(HttpRequest request, int year, Uploader uploader, UploadLimits limits, CancellationToken ct)
    {
        var max = limits.MaxFileBytes + FramingBytes;
        if (!request.HasFormContentType)
        {
            return new(null, ZhCn.Text("steward.upload.no_file"));
        }

        if (request.ContentLength is null or <= 0 || request.ContentLength > max)
        {
            return new(null, ZhCn.Format("steward.upload.body_too_large", ("max", (limits.MaxFileBytes / 1048576.0).ToString("0.##", CultureInfo.InvariantCulture))));
        }

        var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = max }, ct).ConfigureAwait(false);
        if ((form.Files.GetFile("file") ?? form.Files.FirstOrDefault()) is not { } file)
        {
            return new(null, ZhCn.Text("steward.upload.no_file"));
        }

        var content = new byte[file.Length];
        var stream = file.OpenReadStream();
        await using (stream.ConfigureAwait(false))
        {
            await stream.ReadExactlyAsync(content, ct).ConfigureAwait(false);
        }

        return new(new UploadRequest(year, file.FileName, file.ContentType, content, uploader), null);
    }
}
