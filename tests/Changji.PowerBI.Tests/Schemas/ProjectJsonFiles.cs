namespace Changji.PowerBI.Tests.Schemas;

/// <summary>
/// Every JSON file of the PBIP project that declares an official schema (.pbip, .pbir, .pbism, .platform, *.json).
/// The report theme (StaticResources) and diagramLayout.json have no published schema; ThemeAndLayoutTests checks them.
/// </summary>
public static class ProjectJsonFiles
{
    private static readonly string[] Extensions = [".json", ".pbip", ".pbir", ".pbism", ".platform"];

    public static IReadOnlyList<string> Under(string powerBiRoot) =>
        Directory.EnumerateFiles(powerBiRoot, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(file => Extensions.Contains(Path.GetExtension(file)) || Path.GetFileName(file) == ".platform")
            .Where(file => !IsUnder(file, Path.Combine(powerBiRoot, "schemas")))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}StaticResources{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => Path.GetFileName(file) != "diagramLayout.json")
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}.pbi{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool IsUnder(string file, string folder) =>
        file.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
