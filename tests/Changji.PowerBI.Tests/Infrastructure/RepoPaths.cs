namespace Changji.PowerBI.Tests.Infrastructure;

/// <summary>Locates the repository from the test binaries, so tests read the real project files, not copies.</summary>
public static class RepoPaths
{
    private const string SolutionFile = "Changji.Pipeline.sln";

    public static string Root { get; } = FindRoot();

    public static string PowerBi => Path.Combine(Root, "powerbi");

    public static string SemanticModelDefinition => Path.Combine(PowerBi, "ChangjiBalance.SemanticModel", "definition");

    public static string ReportDefinition => Path.Combine(PowerBi, "ChangjiBalance.Report", "definition");

    public static string Schemas => Path.Combine(PowerBi, "schemas");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
