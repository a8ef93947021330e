namespace Changji.Pipeline.Ports;

/// <summary>Every file received, kept unchanged under its SHA-256 (<c>raw/</c>).</summary>
public interface IRawArchive
{
    /// <summary>Stores the bytes, read from the stream as they come, unless a file with this hash is already archived.</summary>
    Task StoreAsync(string sha256, string originalPath, Stream content, CancellationToken cancellationToken = default);
}
