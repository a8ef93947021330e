using Changji.Pipeline.Ports;

namespace Changji.Storage.Local;

/// <summary><c>templates/{year}/…</c> under the output folder: the published steward templates.</summary>
public sealed class FileSystemTemplateStore(string root) : ITemplateStore
{
    public Task<bool> WriteAsync(string name, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return AtomicFile.WriteIfChangedAsync(Path.Combine(root, name), content, cancellationToken);
    }
}
