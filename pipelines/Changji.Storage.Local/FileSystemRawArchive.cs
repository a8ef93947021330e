using Changji.Pipeline.Ports;

namespace Changji.Storage.Local;

/// <summary><c>raw/{sha256}{extension}</c>: every file received, byte for byte, once.</summary>
public sealed class FileSystemRawArchive(string root) : IRawArchive
{
    public async Task StoreAsync(string sha256, string originalPath, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(root, sha256 + Path.GetExtension(originalPath).ToLowerInvariant());
        if (!File.Exists(path))
        {
            await AtomicFile.WriteIfChangedAsync(path, content, cancellationToken).ConfigureAwait(false);
        }
    }
}
