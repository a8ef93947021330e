using Changji.PowerBI.Tests.Curated;
using Changji.PowerBI.Tests.Schemas;
using Changji.PowerBI.Tests.Tmdl;

namespace Changji.PowerBI.Tests.Infrastructure;

/// <summary>The project under test, parsed once per test run.</summary>
public static class Project
{
    private static readonly Lazy<TmdlModel> LazyModel = new(() => TmdlParser.ParseFolder(RepoPaths.SemanticModelDefinition));
    private static readonly Lazy<LocalSchemaSet> LazySchemas = new(() => LocalSchemaSet.Load(RepoPaths.Schemas));

    public static TmdlModel Model => LazyModel.Value;

    public static LocalSchemaSet Schemas => LazySchemas.Value;

    private static readonly Lazy<ICuratedSchemaSource> LazyCurated = new(() => new SampleOutputCuratedSchemaSource(RepoPaths.Root));

    /// <summary>The curated Parquet the samples produce (the main job runs once per test run).</summary>
    public static ICuratedSchemaSource Curated => LazyCurated.Value;

    public static IReadOnlyList<string> VisualFiles =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.ReportDefinition, "pages"), "visual.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToList();

    public static string Relative(string file) => Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
}
