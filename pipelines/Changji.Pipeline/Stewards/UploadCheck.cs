using System.Globalization;
using Changji.Pipeline.Submissions;
using Changji.Text;

namespace Changji.Pipeline.Stewards;

/// <summary>
/// The server's checks of an upload before anything is written: a school year, a plain file name,
/// an extension the pipeline reads, a size within the limit, a spreadsheet content type, and bytes
/// that are a workbook (zip or OLE) or, for a CSV, text. The first failure is the Chinese reason.
/// </summary>
public static class UploadCheck
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Enough of a CSV to tell text from a binary file (a NUL byte is never in UTF-8 or GB18030 text).</summary>
    private const int TextProbeBytes = 8192;

    public static string? Refusal(UploadRequest request, UploadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(limits);
        if (request.Year is < 2000 or > 2100)
        {
            return ZhCn.Format("steward.upload.bad_year", ("year", request.Year));
        }

        var name = FileName(request.FileName);
        if (name is null)
        {
            return ZhCn.Text("steward.upload.bad_name");
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!limits.Extensions.Contains(extension))
        {
            return ZhCn.Format("steward.upload.bad_extension", ("name", name), ("extensions", string.Join("、", limits.Extensions)));
        }

        if (request.Content.Length == 0)
        {
            return ZhCn.Format("steward.upload.empty", ("name", name));
        }

        if (request.Content.Length > limits.MaxFileBytes)
        {
            return ZhCn.Format("steward.upload.too_large", ("name", name), ("size", Megabytes(request.Content.Length)), ("max", Megabytes(limits.MaxFileBytes)));
        }

        if (MediaType(request.ContentType) is { } type && !limits.ContentTypes.Contains(type))
        {
            return ZhCn.Format("steward.upload.bad_content_type", ("name", name), ("type", type));
        }

        return IsWorkbook(request.Content) || (extension == ".csv" && IsText(request.Content))
            ? null
            : ZhCn.Format("steward.upload.not_spreadsheet", ("name", name));
    }

    /// <summary>The last segment of what the browser sent (some send a whole client path); null when it is no submission's name.</summary>
    public static string? FileName(string? picked)
    {
        var name = Path.GetFileName((picked ?? string.Empty).Replace('\\', '/')).Trim();
        return name.Length is > 0 and <= 200 && IncomingPath.IsSubmission(name) && !name.Any(char.IsControl) ? name : null;
    }

    private static string? MediaType(string? contentType) =>
        string.IsNullOrWhiteSpace(contentType) ? null : contentType.Split(';')[0].Trim().ToLowerInvariant();

    private static bool IsWorkbook(byte[] content) => content.AsSpan().StartsWith(Zip) || content.AsSpan().StartsWith(Ole);

    private static bool IsText(byte[] content) => !content.AsSpan(0, Math.Min(content.Length, TextProbeBytes)).Contains((byte)0);

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.##", CultureInfo.InvariantCulture);
}
