namespace Changji.Pipeline.Ports;

/// <summary>
/// The state of everything a recompute writes and reads back (curated Parquet with its manifests, the
/// reports), so a deleted or edited output is noticed without reading it (<see cref="UseCases.UnchangedRecompute"/>).
/// </summary>
public interface IPublishedOutputs
{
    /// <summary>
    /// A fingerprint of every stored output: its path and what the store says of its version (size and
    /// write time of a file, ETag of a blob). Any output added, removed or rewritten changes it.
    /// </summary>
    Task<string> FingerprintAsync(CancellationToken cancellationToken = default);
}
