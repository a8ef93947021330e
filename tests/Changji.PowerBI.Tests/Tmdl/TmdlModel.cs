namespace Changji.PowerBI.Tests.Tmdl;

/// <summary>A column: <see cref="SourceColumn"/> for imported ones, <see cref="Expression"/> for DAX calculated ones.</summary>
public sealed record TmdlColumn(string Name, string? DataType, string? SourceColumn, string? Expression, string? SortByColumn);

public sealed record TmdlMeasure(string Name, string Expression, string? FormatString);

/// <summary>A partition: its kind (<c>m</c>, <c>calculated</c>) and source expression (M or DAX).</summary>
public sealed record TmdlPartition(string Name, string Kind, string Source);

public sealed record TmdlTable(
    string Name,
    IReadOnlyList<TmdlColumn> Columns,
    IReadOnlyList<TmdlMeasure> Measures,
    IReadOnlyList<TmdlPartition> Partitions)
{
    public TmdlColumn? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);
}

/// <summary>A relationship from the many side (<c>From</c>) to the one side (<c>To</c>).</summary>
public sealed record TmdlRelationship(
    string Name,
    string FromTable,
    string FromColumn,
    string ToTable,
    string ToColumn,
    string? CrossFilteringBehavior,
    bool IsActive);

public sealed record TmdlExpression(string Name, string Text);

public sealed record TmdlModel(
    IReadOnlyList<TmdlTable> Tables,
    IReadOnlyList<TmdlRelationship> Relationships,
    IReadOnlyList<TmdlExpression> Expressions)
{
    public TmdlTable? Table(string name) => Tables.FirstOrDefault(t => t.Name == name);

    public IEnumerable<(TmdlTable Table, TmdlMeasure Measure)> AllMeasures =>
        Tables.SelectMany(t => t.Measures.Select(m => (t, m)));

    public bool HasColumn(string table, string column) => Table(table)?.Column(column) is not null;

    public bool HasMeasure(string table, string measure) => Table(table)?.Measures.Any(m => m.Name == measure) == true;
}
