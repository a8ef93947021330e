using System.Globalization;
using System.Text;
using Changji.Pipeline;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Local;

/// <summary>
/// <c>curated/</c> and <c>reports/</c> by every file's path, length and last write time: a file deleted,
/// added or written again (even with the same bytes) changes the fingerprint. Nothing is read.
/// </summary>
public sealed class FileSystemPublishedOutputs(params string[] folders) : IPublishedOutputs
{
    public Task<string> FingerprintAsync(CancellationToken cancellationToken = default)
    {
        var text = new StringBuilder();
        foreach (var folder in folders)
        {
            text.Append(folder).Append('\n');
            var directory = new DirectoryInfo(folder);
            if (!directory.Exists)
            {
                continue;
            }

            foreach (var file in directory.EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"{Path.GetRelativePath(folder, file.FullName)}\t{file.Length}\t{file.LastWriteTimeUtc.Ticks}\n");
            }
        }

        return Task.FromResult(StableId.Sha256Hex(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
