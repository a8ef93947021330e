namespace Changji.Pipeline.Stewards;

/// <summary>
/// What became of an upload: written to <c>incoming/</c> at <see cref="Path"/> with the SHA-256 the
/// submission ledger will know it by, or refused with a Chinese reason and nothing written.
/// </summary>
public sealed record UploadResult(string? Path, string? Sha256, string? RefusalZh)
{
    public bool Stored => RefusalZh is null;

    public static UploadResult Written(string path, string sha256) => new(path, sha256, null);

    public static UploadResult Refused(string reasonZh) => new(null, null, reasonZh);
}
