using System.Security.Cryptography;

namespace Changji.Pipeline.Submissions;

/// <summary>
/// A received file read from its source exactly once, hashed on the way: kept in memory up to a threshold
/// (<see cref="Ingestion.IngestionOptions.InMemoryFileBytes"/>), else copied to a temporary file that is deleted
/// when this is disposed. Every later step (archive, check, chunks, annotated return) opens <see cref="File"/>,
/// a seekable stream of the same bytes, so what is archived and read is what was hashed, and a download happens once.
/// </summary>
public sealed class SpooledFile : IAsyncDisposable
{
    private const int BlockBytes = 81920;
    private readonly string? path;

    private SpooledFile(IncomingFile file, string sha256, string? path)
    {
        File = file;
        Sha256 = sha256;
        this.path = path;
    }

    /// <summary>The file as received: its path, version and uploader, its bytes from the spool.</summary>
    public IncomingFile File { get; }

    /// <summary>SHA-256 of the bytes, lower-case hex.</summary>
    public string Sha256 { get; }

    /// <summary>True when the bytes are in a temporary file rather than in memory.</summary>
    public bool OnDisk => path is not null;

    public static async Task<SpooledFile> CreateAsync(IncomingFile source, long inMemoryBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var input = await source.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (input.ConfigureAwait(false))
        {
            var memory = new MemoryStream((int)Math.Min(Math.Max(0, source.Length), inMemoryBytes));
            Stream target = memory;
            string? path = null;
            try
            {
                var block = new byte[BlockBytes];
                int read;
                while ((read = await input.ReadAsync(block, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(block, 0, read);
                    if (path is null && memory.Length + read > inMemoryBytes)
                    {
                        // Past the threshold (whatever length was announced): the rest goes to disk, after what memory held.
                        path = Path.Combine(Path.GetTempPath(), $"changji-{Guid.NewGuid():N}.spool");
                        target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BlockBytes, useAsync: true);
                        memory.Position = 0;
                        await memory.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
                        memory = new MemoryStream(0);
                    }

                    await target.WriteAsync(block.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }

                await target.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await target.DisposeAsync().ConfigureAwait(false);
                Delete(path);
                throw;
            }

            var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            if (path is not null)
            {
                await target.DisposeAsync().ConfigureAwait(false);
                var spooled = path;
                var length = new FileInfo(spooled).Length;
                return new SpooledFile(source with { Length = length, OpenAsync = _ => Task.FromResult<Stream>(OpenRead(spooled)) }, sha, spooled);
            }

            var bytes = memory.GetBuffer();
            var count = (int)memory.Length;
            return new SpooledFile(source with { Length = count, OpenAsync = _ => Task.FromResult<Stream>(new MemoryStream(bytes, 0, count, writable: false)) }, sha, null);
        }
    }

    public ValueTask DisposeAsync()
    {
        Delete(path);
        return ValueTask.CompletedTask;
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BlockBytes, FileOptions.SequentialScan);

    private static void Delete(string? path)
    {
        if (path is not null && System.IO.File.Exists(path))
        {
            System.IO.File.Delete(path);
        }
    }
}
