using Parquet.Serialization;

namespace Changji.Pipeline.Curated;

/// <summary>
/// One Parquet file written a batch of rows at a time: rows wait until <see cref="RowsPerGroup"/> of them
/// are pending, then go out as one row group, so a year of 2 900 counties never holds all its rows at
/// once. A table that fits one batch (a county's, a prefecture's) is written by a single call, byte for
/// byte as <see cref="ParquetTable.WriteAsync{T}"/> writes it.
/// </summary>
public sealed class ParquetAppender<T> : IDisposable
    where T : class, new()
{
    /// <summary>
    /// ~8 MB of the widest row type pending; readers (Power BI, DuckDB) prefer row groups of tens of
    /// thousands of rows or more, and a prefecture's table stays one group.
    /// </summary>
    public const int RowsPerGroup = 50_000;

    private readonly MemoryStream stream = new();
    private readonly List<T> pending = [];
    private bool started;

    public async Task AddAsync(IEnumerable<T> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        pending.AddRange(rows);
        if (pending.Count >= RowsPerGroup)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The file's bytes: what is still pending as its last row group (an empty table is still a file with its schema).</summary>
    public async Task<byte[]> ToArrayAsync(CancellationToken cancellationToken = default)
    {
        if (pending.Count > 0 || !started)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return stream.ToArray();
    }

    public void Dispose() => stream.Dispose();

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var options = started ? ParquetTable.AppendOptions : ParquetTable.Options;
        stream.Position = 0;
        await ParquetSerializer.SerializeAsync(pending, stream, options, cancellationToken: cancellationToken).ConfigureAwait(false);
        started = true;
        pending.Clear();
    }
}
