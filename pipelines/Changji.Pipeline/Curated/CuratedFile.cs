namespace Changji.Pipeline.Curated;

/// <summary>One Parquet file of a curated table for one year: <c>curated/{table}/year={year}/{table}.parquet</c>.</summary>
public sealed record CuratedFile(string Table, int Year, byte[] Content)
{
    public string RelativePath => $"{Table}/year={Year}/{Table}.parquet";
}
