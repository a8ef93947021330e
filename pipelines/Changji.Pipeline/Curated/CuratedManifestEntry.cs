using System.Text.Json.Serialization;

namespace Changji.Pipeline.Curated;

/// <summary>One file of a year's manifest: its path under <c>curated/</c>, its SHA-256 and its size.</summary>
public sealed record CuratedManifestEntry(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("bytes")] long Bytes);
