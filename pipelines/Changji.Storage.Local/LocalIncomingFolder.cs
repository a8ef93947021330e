using System.Globalization;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Submissions;

namespace Changji.Storage.Local;

/// <summary>
/// The input folder as if it were <c>incoming/</c>: every file under it is a submission (a file of
/// another type too, so the steward gets a report saying why it was not read), except hidden and
/// Office lock files. A file's version is its length and last write time. Uploads from the stewards'
/// page are written here too, with their uploader in a hidden note beside the file (<see cref="LocalUploaderNote"/>).
/// </summary>
public sealed class LocalIncomingFolder(string root) : IIncomingStore, IIncomingUploads
{
    public Task<IReadOnlyList<IncomingEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<IncomingEntry> entries = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(p => new FileInfo(p))
                .Select(f => new IncomingEntry(Relative(f.FullName), Version(f)))
                .Where(e => IncomingPath.IsSubmission(e.Path))
                .OrderBy(e => e.Path, StringComparer.Ordinal)
                .ToList()
            : [];
        return Task.FromResult(entries);
    }

    public Task<IncomingFile?> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        var info = new FileInfo(Path.Combine(root, IncomingPath.Normalise(path)));
        return Task.FromResult(info.Exists
            ? new IncomingFile(Relative(info.FullName), Version(info), info.Length, _ => Task.FromResult<Stream>(info.OpenRead()))
            {
                UploadedBy = LocalUploaderNote.Read(info.FullName, Version(info)),
            }
            : null);
    }

    public async Task WriteAsync(string path, byte[] content, Uploader uploader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(uploader);
        var full = Path.GetFullPath(Path.Combine(root, IncomingPath.Normalise(path)));
        if (!full.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{path}' is outside the drop zone.", nameof(path));
        }

        var staged = await AtomicFile.StageAsync(full, content, cancellationToken).ConfigureAwait(false);
        File.Move(staged, full, overwrite: true);
        await LocalUploaderNote.WriteAsync(full, Version(new FileInfo(full)), uploader, cancellationToken).ConfigureAwait(false);
    }

    private string Relative(string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    private static string Version(FileInfo file) =>
        string.Create(CultureInfo.InvariantCulture, $"{file.Length}-{file.LastWriteTimeUtc.Ticks}");
}
