using Changji.PowerBI.Tests.Infrastructure;

namespace Changji.PowerBI.Tests.Tmdl;

/// <summary>One .tmdl file of the project: its raw bytes and text (for rules the node tree hides) and its nodes.</summary>
public sealed record TmdlFile(string Path, byte[] Bytes, string Text)
{
    public string Relative => Project.Relative(Path);

    public IReadOnlyList<TmdlNode> Nodes => TmdlReader.Read(Text);

    public static IReadOnlyList<TmdlFile> All { get; } =
        Directory.EnumerateFiles(RepoPaths.SemanticModelDefinition, "*.tmdl", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new TmdlFile(path, File.ReadAllBytes(path), File.ReadAllText(path)))
            .ToList();

    public static TmdlFile Named(string relativeToDefinition) =>
        All.Single(f => f.Path == System.IO.Path.Combine(RepoPaths.SemanticModelDefinition, relativeToDefinition));

    /// <summary>Every node of every file, with its parent's keyword (<c>""</c> at the root).</summary>
    public static IEnumerable<(TmdlFile File, string Parent, TmdlNode Node)> AllNodes() =>
        All.SelectMany(file => Walk(file, "", file.Nodes));

    private static IEnumerable<(TmdlFile, string, TmdlNode)> Walk(TmdlFile file, string parent, IEnumerable<TmdlNode> nodes) =>
        nodes.SelectMany(node => Walk(file, node.Keyword, node.Children).Prepend((file, parent, node)));
}
