using System.Text.Json.Serialization;

namespace Changji.Pipeline.Curated;

/// <summary>
/// <c>curated/_manifest/year={year}.json</c>, written after every file of the year is in place: which
/// files make the year whole (path, SHA-256, size), which run published it and when. A reader that finds
/// the files listed here with these hashes has a complete year, not one being written (docs/outputs.md §2).
/// </summary>
public sealed record CuratedManifest
{
    [JsonPropertyName("year")] public required int Year { get; init; }
    /// <summary>Derived from the instant and the files, so the same publication always has the same id.</summary>
    [JsonPropertyName("run_id")] public required string RunId { get; init; }
    [JsonPropertyName("published_at_utc")] public required DateTimeOffset PublishedAtUtc { get; init; }
    [JsonPropertyName("files")] public required IReadOnlyList<CuratedManifestEntry> Files { get; init; }

    public static string RelativePath(int year) => $"_manifest/year={year}.json";
}
