using System.Text;
using System.Text.Json;
using Azure.Data.Tables;

namespace Changji.Storage.Azure.Backups;

/// <summary>
/// Reads what <see cref="SnapshotWriter"/> wrote, checking as it goes: the format and a version it knows,
/// tables of the header only, and the closing counts (a snapshot cut short is refused). Called once with
/// no <c>onEntity</c> to check a snapshot whole before anything is written from it.
/// </summary>
public static class SnapshotReader
{
    public static async Task<SnapshotSummary> ReadAsync(Stream input, Func<SnapshotEntity, Task>? onEntity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var first = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        var header = Checked(() => Header(first));
        var counts = header.Tables.ToDictionary(t => t, _ => 0L, StringComparer.Ordinal);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            using var json = Parse(line);
            var root = json.RootElement;
            if (root.TryGetProperty(SnapshotFields.End, out var end))
            {
                CheckEnd(end, counts);
                if (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is not null)
                {
                    throw new SnapshotFormatException("Lines after the snapshot's closing line.");
                }

                return new SnapshotSummary(header, counts);
            }

            var entity = Checked(() => Entity(root));
            if (!counts.TryGetValue(entity.Table, out var count))
            {
                throw new SnapshotFormatException($"Table '{entity.Table}' is not in the snapshot's header.");
            }

            counts[entity.Table] = count + 1;
            if (onEntity is not null)
            {
                await onEntity(entity).ConfigureAwait(false);
            }
        }

        throw new SnapshotFormatException("The snapshot is cut short: no closing line.");
    }

    private static SnapshotHeader Header(string? line)
    {
        using var json = Parse(line ?? throw new SnapshotFormatException("The snapshot is empty."));
        var root = json.RootElement;
        if (!root.TryGetProperty(SnapshotFields.Format, out var format) || format.GetString() != SnapshotHeader.FormatName)
        {
            throw new SnapshotFormatException($"Not a {SnapshotHeader.FormatName} snapshot.");
        }

        var version = root.GetProperty(SnapshotFields.Version).GetInt32();
        if (version is < 1 or > SnapshotHeader.CurrentVersion)
        {
            throw new SnapshotFormatException($"Snapshot version {version}; this code reads up to version {SnapshotHeader.CurrentVersion}.");
        }

        return new SnapshotHeader(
            SnapshotHeader.FormatName, version, root.GetProperty(SnapshotFields.CreatedUtc).GetDateTimeOffset(),
            [.. root.GetProperty(SnapshotFields.Tables).EnumerateArray().Select(t => t.GetString()!)]);
    }

    private static SnapshotEntity Entity(JsonElement root)
    {
        var entity = new TableEntity(root.GetProperty(SnapshotFields.PartitionKey).GetString(), root.GetProperty(SnapshotFields.RowKey).GetString());
        foreach (var property in root.GetProperty(SnapshotFields.Properties).EnumerateObject())
        {
            if (property.Value.GetArrayLength() != 2)
            {
                throw new SnapshotFormatException($"Property '{property.Name}' is not [type, value].");
            }

            entity[property.Name] = EdmValue.Decode(property.Value[0].GetString()!, property.Value[1].GetString()!);
        }

        return new SnapshotEntity(root.GetProperty(SnapshotFields.Table).GetString()!, entity);
    }

    private static void CheckEnd(JsonElement end, Dictionary<string, long> counts)
    {
        foreach (var (table, count) in counts)
        {
            if (!end.TryGetProperty(table, out var expected) || expected.GetInt64() != count)
            {
                throw new SnapshotFormatException($"Table '{table}': {count} entities read, the closing line says otherwise.");
            }
        }
    }

    /// <summary>A line with a field missing or of the wrong kind is a damaged snapshot, not a crash.</summary>
    private static T Checked<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception error) when (error is KeyNotFoundException or InvalidOperationException or FormatException or OverflowException)
        {
            throw new SnapshotFormatException("A damaged line: " + error.Message);
        }
    }

    private static JsonDocument Parse(string line)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException error)
        {
            throw new SnapshotFormatException("A damaged line: " + error.Message);
        }
    }
}
