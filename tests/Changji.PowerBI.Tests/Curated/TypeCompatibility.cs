namespace Changji.PowerBI.Tests.Curated;

/// <summary>Which TMDL dataType and Power Query type a Parquet column may be loaded as without loss.</summary>
public static class TypeCompatibility
{
    public static bool TmdlAccepts(string? dataType, ParquetKind kind) => (dataType, kind) switch
    {
        ("int64", ParquetKind.Int32 or ParquetKind.Int64) => true,
        ("double", ParquetKind.Double) => true,
        ("boolean", ParquetKind.Boolean) => true,
        ("string", ParquetKind.Utf8) => true,
        ("dateTime", ParquetKind.TimestampMillis or ParquetKind.Date) => true,
        _ => false,
    };

    /// <summary>The Power Query types the partition may convert a TMDL dataType with (a DATE column loads as <c>type date</c>).</summary>
    public static IReadOnlyList<string> MTypesFor(string? dataType) => dataType switch
    {
        "int64" => ["Int64.Type"],
        "double" => ["type number"],
        "boolean" => ["type logical"],
        "string" => ["type text"],
        "dateTime" => ["type datetime", "type date"],
        _ => throw new ArgumentOutOfRangeException(nameof(dataType), dataType, "No Power Query type for this dataType."),
    };
}
