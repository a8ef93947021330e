namespace Changji.PowerBI.Tests.Curated;

/// <summary>The physical type of a curated Parquet column, as Power BI's Parquet reader sees it.</summary>
public enum ParquetKind
{
    Int32,
    Int64,
    Double,
    Boolean,
    Utf8,
    TimestampMillis,
    Date,
    Other,
}

public sealed record CuratedColumn(string Name, ParquetKind Kind, bool IsNullable);

public sealed record CuratedTable(string Name, IReadOnlyList<CuratedColumn> Columns)
{
    public CuratedColumn? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);
}
