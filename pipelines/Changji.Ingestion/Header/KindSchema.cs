namespace Changji.Ingestion;

/// <summary>The columns of one kind of file and the Chinese name its sheet may carry.</summary>
internal sealed record KindSchema(FileKind Kind, string ChineseName, IReadOnlyList<ColumnSpec> Columns)
{
    public ColumnSpec Column(string key) => Columns.First(c => c.Key == key);
}
