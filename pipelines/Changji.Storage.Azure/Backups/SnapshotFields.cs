namespace Changji.Storage.Azure.Backups;

/// <summary>The JSON field names of a snapshot's lines (version 1), written and read in one place.</summary>
internal static class SnapshotFields
{
    public const string Format = "format";
    public const string Version = "version";
    public const string CreatedUtc = "createdUtc";
    public const string Tables = "tables";
    public const string Table = "table";
    public const string PartitionKey = "pk";
    public const string RowKey = "rk";
    public const string Properties = "properties";
    public const string End = "end";
}
