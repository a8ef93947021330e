namespace Changji.Pipeline.Submissions;

/// <summary>One entry of an <c>incoming/</c> listing: the path and its version (see <see cref="IncomingFile.Version"/>), nothing read.</summary>
public sealed record IncomingEntry(string Path, string Version);
