using System.Globalization;
using System.Text;
using Changji.Pipeline.Ports;

namespace Changji.Pipeline.Curated;

/// <summary>
/// Keeps each year's manifest in step with what was just published: the year's previous entries with the
/// files of this publication replacing theirs (a recompute from 2025 still rewrites fact_alert of 2023).
/// A year whose files did not change keeps its manifest untouched, so a rerun writes nothing.
/// </summary>
public static class CuratedManifests
{
    public static Task PublishAsync(ICuratedPublisher publisher, IReadOnlyList<CuratedFile> files, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        return PublishAsync(publisher, [.. files.Select(Entry)], now, cancellationToken);
    }

    /// <summary>
    /// The same from what was published (path, hash, size per year) rather than the files themselves, so a
    /// run that publishes county by county need not keep every county's bytes until the manifests are written.
    /// </summary>
    public static async Task PublishAsync(ICuratedPublisher publisher, IReadOnlyList<(int Year, CuratedManifestEntry Entry)> published, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentNullException.ThrowIfNull(published);
        foreach (var ofYear in published.GroupBy(f => f.Year, f => f.Entry).OrderBy(g => g.Key))
        {
            var before = await publisher.ReadManifestAsync(ofYear.Key, cancellationToken).ConfigureAwait(false) is { } bytes
                ? PipelineJson.Deserialize<CuratedManifest>(Encoding.UTF8.GetString(bytes))
                : null;
            var entries = (before?.Files ?? []).ToDictionary(e => e.Path, StringComparer.Ordinal);
            foreach (var entry in ofYear)
            {
                entries[entry.Path] = entry;
            }

            var merged = entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
            if (before is not null && before.Files.SequenceEqual(merged))
            {
                continue;
            }

            var manifest = new CuratedManifest
            {
                Year = ofYear.Key,
                RunId = StableId.Of([now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), .. merged.Select(e => e.Sha256)]),
                PublishedAtUtc = now.ToUniversalTime(),
                Files = merged,
            };
            await publisher.WriteManifestAsync(ofYear.Key, Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(manifest, PipelineJson.Indented)), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A file's line in its year's manifest.</summary>
    public static (int Year, CuratedManifestEntry Entry) Entry(CuratedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return (file.Year, new CuratedManifestEntry(file.RelativePath, StableId.Sha256Hex(file.Content), file.Content.LongLength));
    }
}
