using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Ports;

/// <summary>Every file received, kept unchanged under its key (<c>raw/</c>): the SHA-256 of its bytes, or <see cref="UnreadFileId"/>.</summary>
public interface IRawArchive
{
    /// <summary>
    /// Stores the file as received unless one with this key is already archived. An adapter may copy
    /// it where it lies rather than read it through this process (Azure copies <c>incoming/</c> to
    /// <c>raw/</c> server-side, as of the file's version), so an oversized file is archived unread.
    /// </summary>
    Task StoreAsync(string key, IncomingFile file, CancellationToken cancellationToken = default);
}
