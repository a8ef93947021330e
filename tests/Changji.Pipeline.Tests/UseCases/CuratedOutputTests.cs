using Changji.Pipeline.Curated;
using Changji.Pipeline.Tests.Support;
using DuckDB.NET.Data;
using ParquetSharp;

namespace Changji.Pipeline.Tests.UseCases;

/// <summary>The curated tables the samples produce, read back by independent readers (DuckDB and ParquetSharp, Power BI's C++ lineage).</summary>
public sealed class CuratedOutputTests : IClassFixture<CuratedOutputTests.Published>
{
    private static readonly int[] SampleYears = [2023, 2024, 2025];
    private readonly Published published;

    public CuratedOutputTests(Published published) => this.published = published;

    public sealed class Published : IAsyncLifetime, IDisposable
    {
        public SampleRun Run { get; } = new();
        public string Curated => Run.Workspace.CuratedFolder;
        public Task InitializeAsync() => Run.RunAsync();
        public Task DisposeAsync() => Task.CompletedTask;
        public void Dispose() => Run.Dispose();
    }

    public static TheoryData<string> Tables() => [.. CuratedTables.All];

    [Theory]
    [MemberData(nameof(Tables))]
    public void Table_EverySampleYear_HasOneFileInItsHivePartition(string table)
    {
        foreach (var year in SampleYears)
        {
            Assert.True(File.Exists(Path.Combine(published.Curated, table, $"year={year}", $"{table}.parquet")), $"{table} {year}");
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void DuckDb_HivePartitionedTable_HasTheRequiredColumns(string table)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DESCRIBE SELECT * FROM read_parquet('{Glob(table)}', hive_partitioning = true, union_by_name = true)";
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }

        Assert.All(RequiredColumns.ByTable[table], c => Assert.Contains(c, columns));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void ParquetSharp_EveryColumn_HasAPowerBiSafePhysicalType(string table)
    {
        foreach (var year in SampleYears)
        {
            using var file = new ParquetFileReader(Path.Combine(published.Curated, table, $"year={year}", $"{table}.parquet"));
            var schema = file.FileMetaData.Schema;
            for (var i = 0; i < schema.NumColumns; i++)
            {
                var column = schema.Column(i);
                Assert.NotEqual(PhysicalType.Int96, column.PhysicalType);
                if (column.LogicalType is DecimalLogicalType d)
                {
                    Assert.False(d.Precision == 38 && d.Scale == 18, $"{table}.{column.Name} is DECIMAL(38,18)");
                }

                if (column.Name is "opened_at" or "resolved_at")
                {
                    Assert.Equal(PhysicalType.Int64, column.PhysicalType);
                    Assert.IsType<TimestampLogicalType>(column.LogicalType);
                }
            }
        }
    }

    [Fact]
    public void DuckDb_FactSchoolIndicator_HasSevenIndicatorsPerUnit()
    {
        var counts = Scalar<long>($"SELECT COUNT(*) FROM (SELECT year, school_code, level, COUNT(*) n FROM read_parquet('{Glob("fact_school_indicator")}', hive_partitioning = true) GROUP BY ALL HAVING n <> 7)");
        Assert.Equal(0, counts);
    }

    [Fact]
    public void DuckDb_CountyVerdict_HasSevenVerdictRowsPerYear()
    {
        var rows = Scalar<long>($"SELECT COUNT(*) FROM read_parquet('{Glob("fact_county_verdict")}', hive_partitioning = true) WHERE area IN ('resource', 'guarantee', 'quality', 'recognition', 'commitments', 'national', 'plan')");
        Assert.Equal(SampleYears.Length * 7, rows);
        var all = Scalar<long>($"SELECT COUNT(*) FROM read_parquet('{Glob("fact_county_verdict")}', hive_partitioning = true)");
        Assert.Equal(rows, all);
    }

    [Fact]
    public void DuckDb_CountyIndicator_HoldsOneRowPerItemAndNoVerdictRows()
    {
        var verdictRows = Scalar<long>($"SELECT COUNT(*) FROM read_parquet('{Glob("fact_county_indicator")}', hive_partitioning = true) WHERE indicator_code = 'overall' OR indicator_code LIKE 'area:%'");
        Assert.Equal(0, verdictRows);
        var duplicates = Scalar<long>($"SELECT COUNT(*) FROM (SELECT year, indicator_code, COUNT(*) n FROM read_parquet('{Glob("fact_county_indicator")}', hive_partitioning = true) GROUP BY ALL HAVING n <> 1)");
        Assert.Equal(0, duplicates);
    }

    [Fact]
    public void DuckDb_CountyVerdict2024_NationalBlockedByG4PlanAlsoByC2()
    {
        var national = Scalar<string>($"SELECT blocking_codes FROM read_parquet('{Glob("fact_county_verdict")}', hive_partitioning = true) WHERE area = 'national' AND year = 2024");
        var plan = Scalar<string>($"SELECT blocking_codes FROM read_parquet('{Glob("fact_county_verdict")}', hive_partitioning = true) WHERE area = 'plan' AND year = 2024");
        var commitments = Scalar<string>($"SELECT status FROM read_parquet('{Glob("fact_county_verdict")}', hive_partitioning = true) WHERE area = 'commitments' AND year = 2024");
        Assert.Equal("G4", national);
        Assert.Equal("G4,C2", plan);
        Assert.Equal("not_met", commitments);
    }

    [Fact]
    public void DuckDb_National2023_NamesWhatBlocksAcceptance()
    {
        var note = Scalar<string>($"SELECT note FROM read_parquet('{Glob("fact_county_verdict")}', hive_partitioning = true) WHERE area = 'national' AND year = 2023");
        Assert.StartsWith("制约国家验收的项目：", note, StringComparison.Ordinal);
        Assert.Contains("L2 每百名学生拥有县级以上骨干教师数", note, StringComparison.Ordinal);
        Assert.Contains("S1 社会认可度", note, StringComparison.Ordinal);
    }

    [Fact]
    public void DuckDb_FactSubmission_OneRowPerSampleFileIncludingFilesWithoutFindings()
    {
        var perYear = Scalar<string>($"SELECT string_agg(year || ':' || n, ',' ORDER BY year) FROM (SELECT year, COUNT(*) n FROM read_parquet('{Glob("fact_submission")}', hive_partitioning = true) GROUP BY year)");
        var clean = Scalar<long>($"SELECT COUNT(*) FROM read_parquet('{Glob("fact_submission")}', hive_partitioning = true) WHERE sha256 NOT IN (SELECT sha256 FROM read_parquet('{Glob("fact_data_quality")}', hive_partitioning = true))");
        var uploaded = Scalar<long>($"SELECT COUNT(*) FROM read_parquet('{Glob("fact_submission")}', hive_partitioning = true) WHERE uploaded_by IS NOT NULL OR uploaded_by_id IS NOT NULL");
        var partial = Scalar<string>($"SELECT status_zh || '/' || rows_accepted || '/' || rows_rejected FROM read_parquet('{Glob("fact_submission")}', hive_partitioning = true) WHERE file = '2025/补报-学校基础数据-有误.csv'");

        Assert.Equal("2023:3,2024:3,2025:4", perYear);
        Assert.True(clean > 0, "files without findings are listed too");
        Assert.Equal(0, uploaded); // the samples are dropped, not uploaded through the page
        Assert.Equal("部分接收/1/4", partial);
    }

    [Fact]
    public void ParquetSharp_FactSubmission_ReceivedAtIsAMillisTimestampAndReceivedDateADate()
    {
        using var file = new ParquetFileReader(Path.Combine(published.Curated, "fact_submission", "year=2025", "fact_submission.parquet"));
        var schema = file.FileMetaData.Schema;
        var columns = Enumerable.Range(0, schema.NumColumns).Select(schema.Column).ToDictionary(c => c.Name);

        Assert.Equal(PhysicalType.Int64, columns["received_at"].PhysicalType);
        Assert.IsType<TimestampLogicalType>(columns["received_at"].LogicalType);
        Assert.IsType<DateLogicalType>(columns["received_date"].LogicalType);
        Assert.Equal("county_code", schema.Column(schema.NumColumns - 1).Name);
    }

    [Fact]
    public void ParquetSharp_FactCountyVariation_CvIsADoubleAtFullPrecision()
    {
        using var file = new ParquetFileReader(Path.Combine(published.Curated, "fact_county_variation", "year=2024", "fact_county_variation.parquet"));
        using var group = file.RowGroup(0);
        var index = Enumerable.Range(0, file.FileMetaData.Schema.NumColumns).Single(i => file.FileMetaData.Schema.Column(i).Name == "cv");
        var values = group.Column(index).LogicalReader<double?>().ReadAll(checked((int)group.MetaData.NumRows));
        Assert.Contains(values, v => v is not null && v.Value != Math.Round(v.Value, 3));
    }

    private string Glob(string table) => Path.Combine(published.Curated, table, "*", "*.parquet").Replace('\\', '/');

    private static T Scalar<T>(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
