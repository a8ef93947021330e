using Azure.Data.Tables;

namespace Changji.Storage.Azure.Tables;

/// <summary>
/// A JSON payload in an entity. A string property holds at most 64 KiB (32 K UTF-16 characters), so a
/// longer payload is split across <c>Payload</c>, <c>Payload1</c>, <c>Payload2</c>… (never inside a
/// surrogate pair, which would not survive the wire); the entity as a whole stays within 1 MiB.
/// </summary>
public static class PayloadColumns
{
    public const int MaxCharsPerProperty = 32 * 1024;
    private const int MaxParts = 15;
    private const string Name = "Payload";

    public static void Write(TableEntity entity, string json)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(json);
        var parts = Split(json);
        if (parts.Count > MaxParts)
        {
            throw new InvalidOperationException($"Payload of {json.Length} characters exceeds what one table entity holds ({MaxParts * MaxCharsPerProperty}).");
        }

        for (var i = 0; i < parts.Count; i++)
        {
            entity[PropertyName(i)] = parts[i];
        }
    }

    public static string Read(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var first = entity.GetString(Name) ?? throw new InvalidDataException($"Entity {entity.PartitionKey}/{entity.RowKey} has no {Name}.");
        var builder = new System.Text.StringBuilder(first);
        for (var i = 1; entity.GetString(PropertyName(i)) is { } next; i++)
        {
            builder.Append(next);
        }

        return builder.ToString();
    }

    internal static IReadOnlyList<string> Split(string json)
    {
        var parts = new List<string>();
        var start = 0;
        do
        {
            var length = Math.Min(MaxCharsPerProperty, json.Length - start);
            if (start + length < json.Length && char.IsHighSurrogate(json[start + length - 1]))
            {
                length--;
            }

            parts.Add(json.Substring(start, length));
            start += length;
        }
        while (start < json.Length);
        return parts;
    }

    private static string PropertyName(int index) => index == 0 ? Name : Name + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
