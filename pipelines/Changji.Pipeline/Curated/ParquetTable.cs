using Parquet;
using Parquet.Serialization;

namespace Changji.Pipeline.Curated;

/// <summary>
/// Serializes curated rows to Parquet bytes with the encodings Power BI's reader (Apache C++) takes:
/// Parquet.Net's defaults (dictionary/RLE/PLAIN, Snappy), one row group per file (or per batch of
/// rows, <see cref="ParquetAppender{T}"/>).
/// </summary>
public static class ParquetTable
{
    /// <summary>Snappy is also Parquet.Net's default; stated so a library upgrade cannot change it silently.</summary>
    internal static readonly ParquetOptions Options = new()
    {
        CompressionMethod = CompressionMethod.Snappy,
    };

    /// <summary>The same, adding a row group to a file already written (<see cref="ParquetAppender{T}"/>).</summary>
    internal static readonly ParquetOptions AppendOptions = new()
    {
        CompressionMethod = CompressionMethod.Snappy,
        Append = true,
    };

    public static async Task<byte[]> WriteAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken = default)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        await ParquetSerializer.SerializeAsync(rows, stream, Options, cancellationToken: cancellationToken).ConfigureAwait(false);
        return stream.ToArray();
    }

    public static async Task<IList<T>> ReadAsync<T>(byte[] content, CancellationToken cancellationToken = default)
        where T : class, new()
    {
        using var stream = new MemoryStream(content, writable: false);
        var result = await ParquetSerializer.DeserializeAsync<T>(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        return result.Data;
    }
}
