namespace Changji.Storage.Azure.Blobs;

/// <summary>A blob in <c>incoming/</c>: its path relative to the container and its ETag (which changes with every overwrite).</summary>
public sealed record IncomingBlob(string Path, string ETag);
