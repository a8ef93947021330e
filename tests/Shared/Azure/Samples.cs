using Changji.Pipeline.Submissions;
using Changji.Storage.Local;

namespace Changji.Testing.Azure;

/// <summary>The committed sample files (<c>samples/incoming/**</c>), in path order as the local command takes them.</summary>
public static class Samples
{
    public static string Folder => Path.Combine(RepoRoot.Path, "samples", "incoming");

    public static IReadOnlyList<IncomingFile> Files()
    {
        var incoming = new LocalIncomingFolder(Folder);
        return incoming.ListAsync().GetAwaiter().GetResult()
            .Select(e => incoming.GetAsync(e.Path).GetAwaiter().GetResult()!)
            .ToList();
    }

    public static IReadOnlyList<IncomingFile> OfYear(int year) =>
        Files().Where(f => f.Path.StartsWith($"{year}/", StringComparison.Ordinal)).ToList();
}
