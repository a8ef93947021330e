using Changji.Pipeline.Ports;
using Changji.Pipeline.Submissions;

namespace Changji.Storage.Local;

/// <summary><c>raw/{key}{extension}</c>: every file received, byte for byte, once.</summary>
public sealed class FileSystemRawArchive(string root) : IRawArchive
{
    public async Task StoreAsync(string key, IncomingFile file, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(file);
        var path = Path.Combine(root, key + Path.GetExtension(file.Path).ToLowerInvariant());
        if (File.Exists(path))
        {
            return;
        }

        var content = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (content.ConfigureAwait(false))
        {
            File.Move(await AtomicFile.StageAsync(path, content, cancellationToken).ConfigureAwait(false), path, overwrite: true);
        }
    }
}
