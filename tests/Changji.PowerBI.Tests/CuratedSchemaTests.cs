using Changji.PowerBI.Tests.Curated;
using Changji.PowerBI.Tests.Infrastructure;

namespace Changji.PowerBI.Tests;

public sealed class CuratedSchemaTests
{
    private static IEnumerable<(string Table, CuratedPartition Partition)> CuratedPartitions =>
        Project.Model.Tables.Select(t => (t.Name, Partition: CuratedPartition.Of(t)))
            .Where(x => x.Partition is not null).Select(x => (x.Name, x.Partition!));

    [Fact]
    public void Source_RowContracts_YieldSnakeCaseColumnsAndMillisTimestamps()
    {
        var alert = Assert.Single(Project.Curated.Tables, t => t.Name == "fact_alert");

        // Every table the samples publish: the nine, issue 10's dim_county and fact_region_summary, issue 15's fact_submission.
        Assert.Equal(12, Project.Curated.Tables.Count);
        Assert.Equal(ParquetKind.Utf8, alert.Column("school_code")?.Kind);
        Assert.Equal(ParquetKind.TimestampMillis, alert.Column("opened_at")?.Kind);
        Assert.True(alert.Column("resolved_at")?.IsNullable);
    }

    [Fact]
    public void Source_CountyVerdict_IsLoadedWithItsBlockingCodesAndRelatesToDimYear()
    {
        var verdict = Assert.Single(Project.Curated.Tables, t => t.Name == "fact_county_verdict");

        Assert.Equal(ParquetKind.Utf8, verdict.Column("blocking_codes")?.Kind);
        Assert.Equal(ParquetKind.Utf8, verdict.Column("area")?.Kind);
        Assert.Contains(CuratedPartitions, x => x.Table == "fact_county_verdict");
        Assert.Contains(Project.Model.Relationships, r => r.FromTable == "fact_county_verdict" && r.FromColumn == "year" && r.ToTable == "dim_year");
    }

    [Fact]
    public void Model_EveryCuratedTable_IsLoadedByATableOfTheSameName()
    {
        var loaded = CuratedPartitions.ToDictionary(x => x.Table, x => x.Partition.CuratedTable);

        Assert.All(Project.Curated.Tables, t => Assert.Equal(t.Name, loaded.GetValueOrDefault(t.Name)));
    }

    [Fact]
    public void ImportedColumns_OfCuratedTables_ExistInParquetWithCompatibleType()
    {
        var problems = CuratedPartitions.SelectMany(x =>
        {
            var curated = Project.Curated.Tables.FirstOrDefault(t => t.Name == x.Partition.CuratedTable);
            var table = Project.Model.Table(x.Table)!;
            return table.Columns.Where(c => c.SourceColumn is not null).Select(c => curated?.Column(c.SourceColumn!) switch
            {
                null => $"{x.Table}.{c.Name}: no Parquet column {x.Partition.CuratedTable}.{c.SourceColumn}",
                { } p when !TypeCompatibility.TmdlAccepts(c.DataType, p.Kind) => $"{x.Table}.{c.Name}: {c.DataType} cannot hold {p.Kind}",
                _ => null,
            }).OfType<string>();
        });

        Assert.Empty(problems);
    }

    [Fact]
    public void PartitionTypes_ForEveryImportedColumn_MatchTheColumnDataType()
    {
        var problems = CuratedPartitions.SelectMany(x =>
        {
            var table = Project.Model.Table(x.Table)!;
            var imported = table.Columns.Where(c => c.SourceColumn is not null).ToList();
            var mismatched = imported
                .Where(c => !TypeCompatibility.MTypesFor(c.DataType).Contains(x.Partition.ColumnTypes.GetValueOrDefault(c.SourceColumn!)))
                .Select(c => $"{x.Table}.{c.Name}");
            var unbound = x.Partition.ColumnTypes.Keys.Where(k => imported.All(c => c.SourceColumn != k)).Select(k => $"{x.Table}: M column {k} has no model column");
            return mismatched.Concat(unbound);
        });

        Assert.Empty(problems);
    }

    [Fact]
    public void CuratedColumns_Everywhere_AreLoadedIntoTheModel()
    {
        var problems = Project.Curated.Tables.SelectMany(curated =>
        {
            var table = Project.Model.Table(curated.Name);
            return curated.Columns.Where(c => table?.Columns.Any(m => m.SourceColumn == c.Name) != true)
                .Select(c => $"{curated.Name}.{c.Name}");
        });

        Assert.Empty(problems);
    }
}
