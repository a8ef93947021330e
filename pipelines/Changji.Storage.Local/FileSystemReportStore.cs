using System.Text;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Local;

/// <summary><c>reports/{year}/…</c>: the validation report of each file received and the yearly self-evaluation report (md, html, docx).</summary>
public sealed class FileSystemReportStore(string root) : IReportStore
{
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
