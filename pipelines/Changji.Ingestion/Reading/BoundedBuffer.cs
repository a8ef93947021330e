namespace Changji.Ingestion.Reading;

/// <summary>The bytes of a file read up to a limit; a file over the limit is never read whole.</summary>
internal sealed record BoundedBuffer(byte[]? Bytes, long SeenBytes)
{
    public bool TooLarge => Bytes is null;

    /// <summary>
    /// A seekable stream is judged by its length before any byte is read; otherwise bytes are
    /// counted while buffering and reading stops one byte past the limit.
    /// </summary>
    public static BoundedBuffer Read(Stream content, long maxBytes)
    {
        if (content.CanSeek)
        {
            var length = content.Length - content.Position;
            if (length > maxBytes)
            {
                return new(null, length);
            }
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return new(null, buffer.Length);
            }
        }
        return new(buffer.ToArray(), buffer.Length);
    }
}
