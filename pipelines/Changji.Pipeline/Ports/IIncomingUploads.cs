using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Ports;

/// <summary>
/// Writing into the drop zone <c>incoming/</c> on a steward's behalf, so an upload is a dropped file
/// like any other (the same event, ingest and ledger downstream), with who uploaded it kept beside it
/// (blob metadata in Azure) for <see cref="IIncomingStore.GetAsync"/> to return as <see cref="IncomingFile.UploadedBy"/>.
/// </summary>
public interface IIncomingUploads
{
    /// <summary>Writes the file at <paramref name="path"/> (relative to <c>incoming/</c>), replacing one of the same path.</summary>
    Task WriteAsync(string path, byte[] content, Uploader uploader, CancellationToken cancellationToken = default);
}
