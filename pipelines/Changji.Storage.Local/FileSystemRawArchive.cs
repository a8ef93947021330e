using Changji.Pipeline.Ports;

namespace Changji.Storage.Local;

/// <summary><c>raw/{sha256}{extension}</c>: every file received, byte for byte, once.</summary>
public sealed class FileSystemRawArchive(string root) : IRawArchive
{
    public async Task StoreAsync(string sha256, string originalPath, Stream content, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(root, sha256 + Path.GetExtension(originalPath).ToLowerInvariant());
        if (!File.Exists(path))
        {
            File.Move(await AtomicFile.StageAsync(path, content, cancellationToken).ConfigureAwait(false), path, overwrite: true);
        }
    }
}
