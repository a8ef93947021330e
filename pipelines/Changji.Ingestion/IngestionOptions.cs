namespace Changji.Ingestion;

/// <summary>Limits applied at the edge.</summary>
public sealed record IngestionOptions
{
    /// <summary>Files larger than this are rejected unread. Default 20 MiB: a county file is a few hundred KiB.</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    public static IngestionOptions Default { get; } = new();
}
