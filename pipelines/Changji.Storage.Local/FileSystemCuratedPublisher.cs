using Changji.Pipeline.Curated;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Local;

/// <summary>
/// Publishes under <c>curated/{table}/year={year}/{table}.parquet</c> (another county's rows one folder
/// deeper, <c>county={code}/</c>): every changed file is staged
/// first, then all are renamed into place; a file whose bytes did not change is not touched.
/// </summary>
public sealed class FileSystemCuratedPublisher(string root) : ICuratedPublisher
{
    public async Task PublishAsync(IReadOnlyList<CuratedFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var staged = new List<(string Staged, string Final)>();
        try
        {
            foreach (var file in files)
            {
                var final = Path.Combine(root, file.RelativePath);
                if (File.Exists(final) && (await File.ReadAllBytesAsync(final, cancellationToken).ConfigureAwait(false)).AsSpan().SequenceEqual(file.Content))
                {
                    continue;
                }

                staged.Add((await AtomicFile.StageAsync(final, file.Content, cancellationToken).ConfigureAwait(false), final));
            }

            foreach (var (temp, final) in staged)
            {
                File.Move(temp, final, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temp, _) in staged.Where(s => File.Exists(s.Staged)))
            {
                File.Delete(temp);
            }
        }
    }

    public async Task<IReadOnlyList<CuratedFile>> ReadYearAsync(string table, int year, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        var folder = Path.Combine(root, table, $"year={year}");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var files = new List<CuratedFile>();
        var paths = Directory.EnumerateFiles(folder, table + ".parquet", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var relative in paths)
        {
            if (CuratedFile.TryCountyOf(table, year, relative, out var county))
            {
                var content = await File.ReadAllBytesAsync(Path.Combine(root, relative), cancellationToken).ConfigureAwait(false);
                files.Add(new CuratedFile(table, year, content) { County = county });
            }
        }

        return files;
    }

    public async Task<byte[]?> ReadManifestAsync(int year, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(root, CuratedManifest.RelativePath(year));
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false) : null;
    }

    public Task WriteManifestAsync(int year, byte[] content, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteIfChangedAsync(Path.Combine(root, CuratedManifest.RelativePath(year)), content, cancellationToken);
}
