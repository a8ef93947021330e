namespace Changji.Pipeline.Ports;

/// <summary>Every file received, kept unchanged under its SHA-256 (<c>raw/</c>).</summary>
public interface IRawArchive
{
    /// <summary>Stores the bytes unless a file with this hash is already archived.</summary>
    Task StoreAsync(string sha256, string originalPath, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);
}
