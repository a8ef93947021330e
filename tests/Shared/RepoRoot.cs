namespace Changji.Testing;

/// <summary>The repository root: the first folder up from the test binaries that holds Changji.Pipeline.sln.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    /// <summary>The committed samples, as stewards drop them (<c>samples/incoming</c>).</summary>
    public static string Samples => System.IO.Path.Combine(Path, "samples", "incoming");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Changji.Pipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Changji.Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
