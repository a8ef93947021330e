namespace Changji.SampleGenerator.Tests;

/// <summary>The repository root: the folder that holds Changji.Pipeline.sln.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

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
