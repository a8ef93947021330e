using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Ports;

/// <summary>The drop zone <c>incoming/</c>: a blob container in Azure, the <c>--input</c> folder locally.</summary>
public interface IIncomingStore
{
    /// <summary>Every submission in the drop zone (hidden and Office lock files left out), in path order.</summary>
    Task<IReadOnlyList<IncomingEntry>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The file at this path, or null when it is gone (deleted after its event was sent).</summary>
    Task<IncomingFile?> GetAsync(string path, CancellationToken cancellationToken = default);
}
