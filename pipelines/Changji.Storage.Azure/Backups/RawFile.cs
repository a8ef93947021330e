using Azure.Storage.Blobs.Models;
using Changji.Storage.Azure.Blobs;

namespace Changji.Storage.Azure.Backups;

/// <summary>
/// A <c>raw/</c> blob as a replay sees it: its name, the path it was received under (null when the
/// metadata lacks it) and its receipt instant — its receipt sequence, or for a blob archived before there
/// was one, its creation time.
/// </summary>
public sealed record RawFile(string Name, string? OriginalPath, DateTimeOffset ReceivedAt)
{
    public static RawFile Of(BlobItem blob)
    {
        ArgumentNullException.ThrowIfNull(blob);
        IDictionary<string, string> metadata = blob.Metadata ?? new Dictionary<string, string>();
        var path = metadata.TryGetValue(RawReceipt.OriginalPath, out var escaped) ? Uri.UnescapeDataString(escaped) : null;
        var received = RawReceipt.InstantOf(metadata.TryGetValue(RawReceipt.Sequence, out var sequence) ? sequence : null) ?? blob.Properties.CreatedOn ?? DateTimeOffset.MinValue;
        return new RawFile(blob.Name, path, received);
    }

    /// <summary>Receipt order; the blob name only breaks a tie (files received in the same 100 ns, i.e. concurrently).</summary>
    public static IReadOnlyList<RawFile> InReceiptOrder(IEnumerable<RawFile> files) =>
        [.. files.OrderBy(f => f.ReceivedAt.UtcTicks).ThenBy(f => f.Name, StringComparer.Ordinal)];
}
