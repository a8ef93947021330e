using System.Text.Json;

namespace Changji.Storage.Azure.Queues;

/// <summary>
/// A message on <c>ingest-requests</c>: either an Event Grid <c>BlobCreated</c> event, as Event Grid
/// delivers it (Event Grid or CloudEvents schema; <c>data.url</c> is the blob URL), or the plain
/// <c>{"path":"2024/x.csv"}</c> the reconcile timer enqueues for a blob whose event was missed.
/// </summary>
public static class IngestRequest
{
    public static string Create(string path) => JsonSerializer.Serialize(new { path });

    /// <summary>The blob's path relative to <paramref name="container"/> (URL-decoded), e.g. <c>2024/学校基础数据.xlsx</c>.</summary>
    /// <exception cref="FormatException">The message is neither form, or the blob is in another container.</exception>
    public static string PathOf(string message, string container)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(container);
        using var document = ParseJson(message);
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

        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("url", out var url) && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri))
        {
            return FromBlobUrl(uri, container);
        }

        throw new FormatException("Ingest request has neither data.url (Event Grid BlobCreated) nor path.");
    }

    /// <summary>
    /// <c>https://acct.blob.core.windows.net/incoming/2024/x.csv</c>, or Azurite's path-style
    /// <c>http://127.0.0.1:10000/devstoreaccount1/incoming/2024/x.csv</c>.
    /// </summary>
    private static string FromBlobUrl(Uri uri, string container)
    {
        var segments = uri.AbsolutePath.TrimStart('/').Split('/');
        var at = segments.Length > 1 && segments[0] == container ? 0
            : segments.Length > 2 && segments[1] == container ? 1
            : -1;
        if (at < 0)
        {
            throw new FormatException($"Blob URL {uri} is not in container '{container}'.");
        }

        return string.Join('/', segments.Skip(at + 1).Select(Uri.UnescapeDataString));
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
