namespace Changji.Pipeline.Submissions;

/// <summary>
/// A file as dropped into <c>incoming/</c>: its relative path, a version that changes when it is
/// overwritten (a blob's ETag, a file's length and write time), its length (known before a byte is
/// read, so an oversized file is refused unread) and a way to open it, as often as needed.
/// </summary>
public sealed record IncomingFile(string Path, string Version, long Length, Func<CancellationToken, Task<Stream>> OpenAsync)
{
    /// <summary>Who uploaded this version through the stewards' page (blob metadata in Azure); null for a file dropped by other means.</summary>
    public Uploader? UploadedBy { get; init; }

    /// <summary>A file whose bytes are already in memory (tests).</summary>
    public static IncomingFile FromBytes(string path, byte[] content, string? version = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new(path, version ?? StableId.Sha256Hex(content), content.Length,
            _ => Task.FromResult<Stream>(new MemoryStream(content, writable: false)));
    }

    /// <summary>The whole file; for tests and small files.</summary>
    public async Task<byte[]> ReadAllBytesAsync(CancellationToken cancellationToken)
    {
        var stream = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }
    }
}
