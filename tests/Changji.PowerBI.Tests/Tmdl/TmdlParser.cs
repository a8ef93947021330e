namespace Changji.PowerBI.Tests.Tmdl;

/// <summary>Turns a semantic model's TMDL folder into the tables, columns, measures and relationships it declares.</summary>
public static class TmdlParser
{
    public static TmdlModel ParseFolder(string definitionFolder)
    {
        var tables = Directory.EnumerateFiles(Path.Combine(definitionFolder, "tables"), "*.tmdl")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => ParseTables(File.ReadAllText(file)))
            .ToList();
        var relationships = ParseRelationships(ReadIfExists(Path.Combine(definitionFolder, "relationships.tmdl")));
        var expressions = ParseExpressions(ReadIfExists(Path.Combine(definitionFolder, "expressions.tmdl")));
        return new TmdlModel(tables, relationships, expressions);
    }

    public static IReadOnlyList<TmdlTable> ParseTables(string content) =>
        TmdlReader.Read(content).Where(n => n.Keyword == "table").Select(ToTable).ToList();

    public static IReadOnlyList<TmdlRelationship> ParseRelationships(string content) =>
        TmdlReader.Read(content).Where(n => n.Keyword == "relationship").Select(ToRelationship).ToList();

    public static IReadOnlyList<TmdlExpression> ParseExpressions(string content) =>
        TmdlReader.Read(content).Where(n => n.Keyword == "expression")
            .Select(n => new TmdlExpression(n.Name, n.Expression ?? "")).ToList();

    private static TmdlTable ToTable(TmdlNode table) => new(
        table.Name,
        table.Objects("column").Select(c => new TmdlColumn(
            c.Name, c.Property("dataType"), c.Property("sourceColumn"), c.Expression, c.Property("sortByColumn"))).ToList(),
        table.Objects("measure").Select(m => new TmdlMeasure(m.Name, m.Expression ?? "", m.Property("formatString"))).ToList(),
        table.Objects("partition").Select(p => new TmdlPartition(p.Name, p.Expression ?? "", p.Property("source") ?? "")).ToList());

    private static TmdlRelationship ToRelationship(TmdlNode node)
    {
        var (fromTable, fromColumn) = TmdlNames.ReadQualified(Required(node, "fromColumn"));
        var (toTable, toColumn) = TmdlNames.ReadQualified(Required(node, "toColumn"));
        return new TmdlRelationship(node.Name, fromTable, fromColumn, toTable, toColumn,
            node.Property("crossFilteringBehavior"), node.Property("isActive") != "false");
    }

    private static string Required(TmdlNode node, string key) =>
        node.Property(key) ?? throw new FormatException($"relationship {node.Name} has no {key}.");

    private static string ReadIfExists(string path) => File.Exists(path) ? File.ReadAllText(path) : "";
}
