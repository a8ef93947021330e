using Changji.Pipeline.Curated;
using Parquet.Schema;
using Parquet.Serialization;

namespace Changji.PowerBI.Tests.Curated;

/// <summary>The curated schema as Parquet.Net writes it for the row contracts in Changji.Pipeline/Curated.</summary>
public sealed class RowTypeCuratedSchemaSource : ICuratedSchemaSource
{
    // Table names are the curated folder names of outputs.md §2.
    private static readonly IReadOnlyDictionary<string, Type> RowTypes = new Dictionary<string, Type>
    {
        ["dim_school"] = typeof(DimSchoolRow),
        ["dim_indicator"] = typeof(DimIndicatorRow),
        ["fact_school_indicator"] = typeof(FactSchoolIndicatorRow),
        ["fact_school_compliance"] = typeof(FactSchoolComplianceRow),
        ["fact_county_variation"] = typeof(FactCountyVariationRow),
        ["fact_county_indicator"] = typeof(FactCountyIndicatorRow),
        ["fact_alert"] = typeof(FactAlertRow),
        ["fact_data_quality"] = typeof(FactDataQualityRow),
    };

    public IReadOnlyList<CuratedTable> Tables { get; } = RowTypes
        .Select(pair => new CuratedTable(pair.Key, Columns(pair.Value.GetParquetSchema(forWriting: true))))
        .ToList();

    private static IReadOnlyList<CuratedColumn> Columns(ParquetSchema schema) =>
        schema.DataFields.Select(f => new CuratedColumn(f.Name, KindOf(f), f.IsNullable)).ToList();

    private static ParquetKind KindOf(DataField field) => field switch
    {
        DateTimeDataField { Unit: DateTimeTimeUnit.Millis } => ParquetKind.TimestampMillis,
        DateTimeDataField => ParquetKind.Other,
        _ when field.ClrType == typeof(int) => ParquetKind.Int32,
        _ when field.ClrType == typeof(long) => ParquetKind.Int64,
        _ when field.ClrType == typeof(double) => ParquetKind.Double,
        _ when field.ClrType == typeof(bool) => ParquetKind.Boolean,
        // Parquet.Net 6 carries UTF-8 strings as ReadOnlyMemory<char> in the schema it derives for writing.
        _ when field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>) => ParquetKind.Utf8,
        _ => ParquetKind.Other,
    };
}
