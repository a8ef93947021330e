using System.Security.Cryptography;
using Changji.Ingestion;
using Changji.Pipeline.Ports;

namespace Changji.Pipeline.Stewards;

/// <summary>
/// A steward's upload from the page: checked (<see cref="UploadCheck"/>), then written to
/// <c>incoming/{year}/{name}</c> exactly as a dropped file, with the uploader beside it. Processing is
/// what follows any dropped file: Event Grid and <c>IngestIncoming</c> in Azure, <see cref="ProcessUpload"/> locally.
/// </summary>
public sealed class UploadFile(IIncomingUploads uploads, IngestionOptions options)
{
    public UploadLimits Limits { get; } = UploadLimits.For(options);

    public async Task<UploadResult> RunAsync(UploadRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (UploadCheck.Refusal(request, Limits) is { } refusal)
        {
            return UploadResult.Refused(refusal);
        }

        var path = $"{request.Year:D4}/{UploadCheck.FileName(request.FileName)}";
        await uploads.WriteAsync(path, request.Content, request.Uploader, cancellationToken).ConfigureAwait(false);
        return UploadResult.Written(path, Convert.ToHexStringLower(SHA256.HashData(request.Content)));
    }
}
