using ParquetSharp;

namespace Changji.PowerBI.Tests.Curated;

/// <summary>
/// Reads Parquet schemas with ParquetSharp (the Apache C++ reader, Power BI's lineage), taking the union
/// of a table's columns over its files (years).
/// </summary>
public static class ParquetSchemaReader
{
    public static CuratedTable Read(string table, IEnumerable<string> files)
    {
        var columns = new Dictionary<string, CuratedColumn>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var reader = new ParquetFileReader(file);
            var schema = reader.FileMetaData.Schema;
            for (var i = 0; i < schema.NumColumns; i++)
            {
                var c = schema.Column(i);
                columns.TryAdd(c.Name, new CuratedColumn(c.Name, KindOf(c), c.MaxDefinitionLevel > 0));
            }
        }

        return new CuratedTable(table, [.. columns.Values]);
    }

    private static ParquetKind KindOf(ColumnDescriptor column) => (column.PhysicalType, column.LogicalType) switch
    {
        (PhysicalType.Int32, NoneLogicalType or IntLogicalType { BitWidth: 32 }) => ParquetKind.Int32,
        (PhysicalType.Int32, DateLogicalType) => ParquetKind.Date,
        (PhysicalType.Int64, TimestampLogicalType { TimeUnit: TimeUnit.Millis }) => ParquetKind.TimestampMillis,
        (PhysicalType.Int64, NoneLogicalType or IntLogicalType { BitWidth: 64 }) => ParquetKind.Int64,
        (PhysicalType.Double, _) => ParquetKind.Double,
        (PhysicalType.Boolean, _) => ParquetKind.Boolean,
        (PhysicalType.ByteArray, StringLogicalType) => ParquetKind.Utf8,
        _ => ParquetKind.Other,
    };
}
