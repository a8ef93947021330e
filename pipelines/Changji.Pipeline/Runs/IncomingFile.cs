namespace Changji.Pipeline.Runs;

/// <summary>A file as dropped into <c>incoming/</c>: its relative path and a way to read its bytes.</summary>
public sealed record IncomingFile(string Path, Func<CancellationToken, Task<byte[]>> ReadAsync);
