using System.Text;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Local;

/// <summary><c>reports/{year}/{file}.{hash}.md</c>: the validation report of each file received.</summary>
public sealed class FileSystemReportStore(string root) : IReportStore
{
    public Task WriteAsync(string name, string content, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteIfChangedAsync(Path.Combine(root, name), Encoding.UTF8.GetBytes(content), cancellationToken);
}
