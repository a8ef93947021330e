using System.Text;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Local;

/// <summary><c>reports/{year}/…</c>: the validation report of each file received and the yearly self-evaluation report (md, html, docx).</summary>
public sealed class FileSystemReportStore(string root) : IReportStore, IReportReader
{
    public async Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var full = Path.GetFullPath(Path.Combine(root, name));
        return full.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full)
            ? await File.ReadAllBytesAsync(full, cancellationToken).ConfigureAwait(false)
            : null;
    }

    public Task WriteAsync(string name, string content, CancellationToken cancellationToken = default) =>
        WriteBytesAsync(name, Encoding.UTF8.GetBytes(content), cancellationToken);

    public async Task<string?> ReadTextAsync(string name, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(root, name);
        return File.Exists(path) ? await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false) : null;
    }

    public Task WriteBytesAsync(string name, byte[] content, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteIfChangedAsync(Path.Combine(root, name), content, cancellationToken);
}
