namespace Changji.Infra.Tests;

/// <summary>The repository root: the first ancestor of the test binaries holding Changji.Pipeline.sln.</summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Infra(string relative) => System.IO.Path.Combine(Path, "infra", relative);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Changji.Pipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Changji.Pipeline.sln above {AppContext.BaseDirectory}.");
    }
}
