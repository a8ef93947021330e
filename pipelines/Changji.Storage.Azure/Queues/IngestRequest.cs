using System.Text.Json;
using Azure.Messaging;
using Azure.Messaging.EventGrid;
using Azure.Messaging.EventGrid.SystemEvents;

namespace Changji.Storage.Azure.Queues;

/// <summary>
/// A message on <c>ingest-requests</c>, plain JSON or Base64 of it (<see cref="QueueMessageText"/>):
/// either an Event Grid <c>Microsoft.Storage.BlobCreated</c> event as Event Grid delivers it (Event
/// Grid or CloudEvents schema, parsed with <c>Azure.Messaging.EventGrid</c>), or the plain
/// <c>{"path":"2024/x.csv"}</c> the reconcile timer enqueues for a blob whose event was missed.
/// </summary>
public static class IngestRequest
{
    private const string BlobCreated = "Microsoft.Storage.BlobCreated";
    private const string SubjectPrefix = "/blobServices/default/containers/";

    public static string Create(string path) => JsonSerializer.Serialize(new { path });

    /// <summary>The blob's path relative to <paramref name="container"/>, e.g. <c>2024/学校基础数据.xlsx</c>.</summary>
    /// <remarks>
    /// The path comes from the event's <c>subject</c> (<c>/blobServices/default/containers/incoming/blobs/2024/x.csv</c>),
    /// which holds the blob name verbatim. <c>data.url</c> is only a fallback: Event Grid does not
    /// URL-encode it, so a name with <c>#</c>, <c>?</c> or <c>%</c> cannot be read back from it reliably.
    /// </remarks>
    /// <exception cref="FormatException">The message is neither form, or the blob is in another container.</exception>
    public static string PathOf(string message, string container)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(container);
        var json = QueueMessageText.Decode(message);
        using var document = ParseJson(json);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() == 1)
        {
            root = root[0];
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("Ingest request is not a JSON object.");
        }

        if (root.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(path.GetString()))
        {
            return path.GetString()!.Replace('\\', '/').TrimStart('/');
        }

        var (type, subject, data) = root.TryGetProperty("specversion", out _) ? CloudEventOf(root) : EventGridEventOf(root);
        if (type != BlobCreated)
        {
            throw new FormatException($"Ingest request is a '{type}' event, not {BlobCreated}.");
        }

        return FromSubject(subject, container)
            ?? (data?.Url is { Length: > 0 } url ? FromBlobUrl(url, container) : null)
            ?? throw new FormatException("BlobCreated event has neither a blob subject nor data.url.");
    }

    private static (string Type, string? Subject, StorageBlobCreatedEventData? Data) EventGridEventOf(JsonElement root)
    {
        EventGridEvent parsed;
        try
        {
            parsed = EventGridEvent.Parse(BinaryData.FromString(root.GetRawText()));
        }
        catch (Exception error) when (error is ArgumentException or JsonException or InvalidOperationException)
        {
            throw new FormatException("Ingest request is neither {\"path\":…} nor an Event Grid event.", error);
        }

        return (parsed.EventType, parsed.Subject, parsed.TryGetSystemEventData(out var data) ? data as StorageBlobCreatedEventData : null);
    }

    private static (string Type, string? Subject, StorageBlobCreatedEventData? Data) CloudEventOf(JsonElement root)
    {
        CloudEvent? parsed;
        try
        {
            parsed = CloudEvent.Parse(BinaryData.FromString(root.GetRawText()));
        }
        catch (Exception error) when (error is ArgumentException or JsonException or InvalidOperationException)
        {
            throw new FormatException("Ingest request is not a valid CloudEvent.", error);
        }

        if (parsed is null)
        {
            throw new FormatException("Ingest request is an empty CloudEvent.");
        }

        return (parsed.Type, parsed.Subject, parsed.TryGetSystemEventData(out var data) ? data as StorageBlobCreatedEventData : null);
    }

    /// <summary><c>/blobServices/default/containers/{container}/blobs/{name}</c>: the name is verbatim (not URL-encoded); null when the subject is not a blob subject.</summary>
    private static string? FromSubject(string? subject, string container)
    {
        if (subject is null || !subject.StartsWith(SubjectPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = subject[SubjectPrefix.Length..];
        var blobs = rest.IndexOf("/blobs/", StringComparison.Ordinal);
        if (blobs <= 0)
        {
            return null;
        }

        if (rest[..blobs] != container)
        {
            throw new FormatException($"Blob {subject} is not in container '{container}'.");
        }

        var name = rest[(blobs + "/blobs/".Length)..];
        return name.Length > 0 ? name : null;
    }

    /// <summary>
    /// <c>https://acct.blob.{suffix}/incoming/2024/x.csv</c>, or Azurite's path-style
    /// <c>http://127.0.0.1:10000/devstoreaccount1/incoming/2024/x.csv</c>. Event Grid writes the URL
    /// unencoded, so it is split as text, not as a <see cref="Uri"/> (where <c>#</c> and <c>?</c> would
    /// start a fragment or query). It is percent-decoded only when it looks encoded: it contains no
    /// character an encoded URL cannot hold (space, <c>#</c>, <c>?</c>, non-ASCII).
    /// </summary>
    private static string FromBlobUrl(string url, string container)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var pathStart = scheme < 0 ? -1 : url.IndexOf('/', scheme + 3);
        if (pathStart < 0)
        {
            throw new FormatException($"Blob URL {url} has no path.");
        }

        var segments = url[(pathStart + 1)..].Split('/');
        var at = segments.Length > 1 && segments[0] == container ? 0
            : segments.Length > 2 && segments[1] == container ? 1
            : -1;
        if (at < 0)
        {
            throw new FormatException($"Blob URL {url} is not in container '{container}'.");
        }

        var name = string.Join('/', segments.Skip(at + 1));
        var encoded = !name.Any(c => c is ' ' or '#' or '?' || c > '\u007f');
        return encoded ? Uri.UnescapeDataString(name) : name;
    }

    private static JsonDocument ParseJson(string message)
    {
        try
        {
            return JsonDocument.Parse(message);
        }
        catch (JsonException error)
        {
            throw new FormatException("Ingest request is not JSON.", error);
        }
    }
}
