using System.Text;

namespace Changji.PowerBI.Tests.Variants;

/// <summary>
/// Derives the project published to the Power BI service (ChangjiBalance.Azure.*) from the one that is edited
/// (ChangjiBalance.*): the service lists every data-source call in a model, and a <c>Folder.Files</c> call, even on
/// an unused branch, makes it ask for an on-premises gateway. The variant reads ADLS only; everything else is
/// byte for byte the same, so the two cannot drift (AzureVariantTests fails until the variant is regenerated).
/// </summary>
public static class AzureVariant
{
    public const string ModelFolder = "ChangjiBalance.Azure.SemanticModel";
    public const string ReportFolder = "ChangjiBalance.Azure.Report";
    public const string PbipFile = "ChangjiBalance.Azure.pbip";

    private const string SourceModel = "ChangjiBalance.SemanticModel";
    private const string SourceReport = "ChangjiBalance.Report";
    private const string SourcePbip = "ChangjiBalance.pbip";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every file of the variant, relative to powerbi/ with '/' separators, and its bytes.</summary>
    public static IReadOnlyDictionary<string, byte[]> Generate(string powerBiRoot)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (relative, bytes) in Tracked(powerBiRoot, SourceModel))
        {
            files[$"{ModelFolder}/{relative}"] = relative switch
            {
                ".platform" => Text(Platform(bytes, "ChangjiBalance.Azure", "3f4b2b3e-5d7a-5c54-9a8e-2a1f0c6d7e01")),
                "definition/expressions.tmdl" => Text(AdlsOnly(Utf8.GetString(bytes))),
                "definition/model.tmdl" => Text(Replace(Utf8.GetString(bytes), "\"CuratedSource\", ", "")),
                _ => bytes,
            };
        }

        foreach (var (relative, bytes) in Tracked(powerBiRoot, SourceReport))
        {
            files[$"{ReportFolder}/{relative}"] = relative switch
            {
                ".platform" => Text(Platform(bytes, "ChangjiBalance.Azure", "8d0c6f55-7a3e-5b1f-b7c4-6e2d9a0f1b02")),
                "definition.pbir" => Text(Replace(Utf8.GetString(bytes), $"../{SourceModel}", $"../{ModelFolder}")),
                _ => bytes,
            };
        }

        var pbip = File.ReadAllText(Path.Combine(powerBiRoot, SourcePbip), Utf8);
        files[PbipFile] = Text(Replace(pbip, $"\"{SourceReport}\"", $"\"{ReportFolder}\""));
        return files;
    }

    /// <summary>The variant's files as committed.</summary>
    public static IReadOnlyDictionary<string, byte[]> Committed(string powerBiRoot)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var folder in new[] { ModelFolder, ReportFolder })
        {
            foreach (var (relative, bytes) in Tracked(powerBiRoot, folder))
            {
                files[$"{folder}/{relative}"] = bytes;
            }
        }

        var pbip = Path.Combine(powerBiRoot, PbipFile);
        if (File.Exists(pbip))
        {
            files[PbipFile] = File.ReadAllBytes(pbip);
        }

        return files;
    }

    /// <summary>Rewrites the variant (CHANGJI_UPDATE_POWERBI=1), removing files the source no longer has.</summary>
    public static void Write(string powerBiRoot)
    {
        foreach (var folder in new[] { ModelFolder, ReportFolder })
        {
            var path = Path.Combine(powerBiRoot, folder);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }

        foreach (var (relative, bytes) in Generate(powerBiRoot))
        {
            var path = Path.Combine(powerBiRoot, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
    }

    private static string AdlsOnly(string expressions)
    {
        var start = expressions.IndexOf("expression CuratedSource =", StringComparison.Ordinal);
        var end = expressions.IndexOf("\nexpression ", start + 1, StringComparison.Ordinal);
        var described = expressions.LastIndexOf("\n///", end, end - start, StringComparison.Ordinal);
        if (start < 0 || end < 0)
        {
            throw new InvalidOperationException("expressions.tmdl no longer declares CuratedSource followed by another expression.");
        }

        // Drop the CuratedSource parameter (with the /// description of the next expression kept in place).
        var withoutSource = expressions[..start] + expressions[((described > start ? described : end) + 1)..];
        var adls = Replace(withoutSource,
            "if CuratedSource = \"AzureDataLake\" then AzureStorage.DataLake(CuratedRoot) else Folder.Files(CuratedRoot)",
            "AzureStorage.DataLake(CuratedRoot)");
        return Replace(adls, "expression CuratedRoot = \"C:\\changji\\out\\curated\"", "expression CuratedRoot = \"https://<account>.dfs.<storage-suffix>/curated\"");
    }

    private static string Platform(byte[] bytes, string displayName, string logicalId)
    {
        var text = Utf8.GetString(bytes);
        var name = Replace(text, "\"displayName\": \"ChangjiBalance\"", $"\"displayName\": \"{displayName}\"");
        var idAt = name.IndexOf("\"logicalId\": \"", StringComparison.Ordinal) + "\"logicalId\": \"".Length;
        return name[..idAt] + logicalId + name[name.IndexOf('"', idAt)..];
    }

    private static string Replace(string text, string old, string replacement) =>
        text.Contains(old, StringComparison.Ordinal)
            ? text.Replace(old, replacement, StringComparison.Ordinal)
            : throw new InvalidOperationException($"The source no longer contains: {old}");

    private static byte[] Text(string text) => Utf8.GetBytes(text);

    private static IEnumerable<(string Relative, byte[] Bytes)> Tracked(string powerBiRoot, string folder)
    {
        var root = Path.Combine(powerBiRoot, folder);
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(file => (Relative: Path.GetRelativePath(root, file).Replace('\\', '/'), File: file))
            .Where(x => !x.Relative.StartsWith(".pbi/", StringComparison.Ordinal) && !x.Relative.Contains("/.pbi/", StringComparison.Ordinal))
            .OrderBy(x => x.Relative, StringComparer.Ordinal)
            .Select(x => (x.Relative, File.ReadAllBytes(x.File)));
    }
}
