using System.Buffers;
using System.Text.Json;
using Azure.Data.Tables;

namespace Changji.Storage.Azure.Backups;

/// <summary>
/// Writes a snapshot as JSON Lines (docs/azure.md, "Backups"): the <see cref="SnapshotHeader"/>, one line per
/// entity (<c>{"table","pk","rk","properties":{name:[edmType,text]}}</c>), and a closing line with the count
/// per table, by which a reader knows the snapshot is whole. Compression is the caller's stream.
/// </summary>
public static class SnapshotWriter
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public static async Task<SnapshotSummary> WriteAsync(Stream output, SnapshotHeader header, IAsyncEnumerable<SnapshotEntity> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(entities);
        var counts = header.Tables.ToDictionary(t => t, _ => 0L, StringComparer.Ordinal);
        await LineAsync(output, w => Header(w, header), cancellationToken).ConfigureAwait(false);
        await foreach (var entity in entities.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!counts.TryGetValue(entity.Table, out var count))
            {
                throw new InvalidOperationException($"Table '{entity.Table}' is not in the snapshot's header.");
            }

            counts[entity.Table] = count + 1;
            await LineAsync(output, w => Entity(w, entity), cancellationToken).ConfigureAwait(false);
        }

        await LineAsync(output, w => End(w, counts), cancellationToken).ConfigureAwait(false);
        return new SnapshotSummary(header, counts);
    }

    private static async Task LineAsync(Stream output, Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(NewLine, cancellationToken).ConfigureAwait(false);
    }

    private static void Header(Utf8JsonWriter w, SnapshotHeader header)
    {
        w.WriteStartObject();
        w.WriteString(SnapshotFields.Format, header.Format);
        w.WriteNumber(SnapshotFields.Version, header.Version);
        w.WriteString(SnapshotFields.CreatedUtc, header.CreatedUtc.ToUniversalTime());
        w.WriteStartArray(SnapshotFields.Tables);
        header.Tables.ToList().ForEach(w.WriteStringValue);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Entity(Utf8JsonWriter w, SnapshotEntity line)
    {
        w.WriteStartObject();
        w.WriteString(SnapshotFields.Table, line.Table);
        w.WriteString(SnapshotFields.PartitionKey, line.Entity.PartitionKey);
        w.WriteString(SnapshotFields.RowKey, line.Entity.RowKey);
        w.WriteStartObject(SnapshotFields.Properties);
        foreach (var (name, value) in line.Entity.Where(p => IsData(p.Key, p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var (type, text) = EdmValue.Encode(value);
            w.WriteStartArray(name);
            w.WriteStringValue(type);
            w.WriteStringValue(text);
            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void End(Utf8JsonWriter w, IReadOnlyDictionary<string, long> counts)
    {
        w.WriteStartObject();
        w.WriteStartObject(SnapshotFields.End);
        foreach (var (table, count) in counts)
        {
            w.WriteNumber(table, count);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The keys, the service's Timestamp and the ETag are not data: the keys have their own fields, the others the service sets.</summary>
    private static bool IsData(string name, object? value) =>
        value is not null && name is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag") && !name.EndsWith("@odata.type", StringComparison.Ordinal);

    internal static TableEntity Copy(TableEntity entity) => new(entity.Where(p => IsData(p.Key, p.Value)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal))
    {
        PartitionKey = entity.PartitionKey,
        RowKey = entity.RowKey,
    };
}
