namespace Changji.Storage.Local;

/// <summary>Writes a file beside its destination and then renames it into place, so a reader sees the old file or the new one, never half.</summary>
internal static class AtomicFile
{
    /// <summary>Returns false (and touches nothing) when the destination already holds exactly these bytes.</summary>
    public static async Task<bool> WriteIfChangedAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        if (File.Exists(path) && (await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)).AsSpan().SequenceEqual(content.Span))
        {
            return false;
        }

        var staged = await StageAsync(path, content, cancellationToken).ConfigureAwait(false);
        File.Move(staged, path, overwrite: true);
        return true;
    }

    /// <summary>
    /// The same, synchronously and without comparing: for many small files (the outbox folder), where an
    /// asynchronous write costs more in thread-pool hand-offs than the write itself.
    /// </summary>
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        var staged = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        using (var file = new FileStream(staged, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            file.Write(content);
        }

        File.Move(staged, path, overwrite: true);
    }

    /// <summary>Writes the bytes to a hidden temporary file in the destination's folder and returns its path.</summary>
    public static async Task<string> StageAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var staged = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllBytesAsync(staged, content.ToArray(), cancellationToken).ConfigureAwait(false);
        return staged;
    }

    /// <summary>Copies the stream to a hidden temporary file in the destination's folder and returns its path.</summary>
    public static async Task<string> StageAsync(string path, Stream content, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var staged = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        var file = File.Create(staged);
        await using (file.ConfigureAwait(false))
        {
            await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        }

        return staged;
    }
}
