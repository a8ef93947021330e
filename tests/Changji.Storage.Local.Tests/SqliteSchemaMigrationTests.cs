using Changji.Evaluation.Facts;
using Changji.Ingestion;
using Changji.Pipeline.Submissions;
using Microsoft.Data.Sqlite;

namespace Changji.Storage.Local.Tests;

/// <summary>
/// A database written by an earlier version opens, keeps its rows and gains the indexes a recompute of one
/// county reads through (schema version 2).
/// </summary>
public sealed class SqliteSchemaMigrationTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Open_VersionOneDatabase_MigratedToTwoRowsKeptCountyReadsUseTheIndex()
    {
        var path = folder.Combine("infodb.sqlite");
        var first = new SqliteInformationStore(path);
        await first.RecordAsync(Submission(), File(School("6523010001", null), School("6523020001", "652302")));
        AsVersionOne(path);

        var store = new SqliteInformationStore(path);

        Assert.Equal(2L, Scalar(path, "SELECT version FROM schema_version"));
        Assert.Equal(1L, Scalar(path, "SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(4L, Scalar(path, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name LIKE '%_by_county'"));
        Assert.Equal(["6523020001"], (await store.LoadCountyYearAsync(2024, "652302")).Schools.Select(s => s.SchoolCode));
        Assert.Equal(["6523010001"], (await store.LoadCountyYearAsync(2024, null)).Schools.Select(s => s.SchoolCode));
        // The store's queries name their index: without it the planner walks the primary key for the order and tests every row of the year.
        Assert.Contains("USING INDEX school_statistics_by_county (year=? AND <expr>=?)",
            Plan(path, "SELECT payload FROM school_statistics INDEXED BY school_statistics_by_county WHERE year = 2024 AND json_extract(payload, '$.countyCode') = '652302' ORDER BY school_code"), StringComparison.Ordinal);
        Assert.Contains("USING INDEX alerts_by_county (<expr>=?)",
            Plan(path, "SELECT payload FROM alerts INDEXED BY alerts_by_county WHERE json_extract(payload, '$.countyCode') = '652302' ORDER BY opened_year, alert_id"), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NewDatabase_AtTheCurrentVersionOnce()
    {
        var path = folder.Combine("infodb.sqlite");

        _ = new SqliteInformationStore(path);
        _ = new SqliteInformationStore(path);

        Assert.Equal(2L, Scalar(path, "SELECT MAX(version) FROM schema_version"));
        Assert.Equal(1L, Scalar(path, "SELECT COUNT(*) FROM schema_version"));
    }

    public void Dispose() => folder.Dispose();

    /// <summary>What version 1 left: the same tables, no county indexes.</summary>
    private static void AsVersionOne(string path)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = """
            DROP INDEX school_statistics_by_county; DROP INDEX school_funding_by_county;
            DROP INDEX county_figures_by_county; DROP INDEX alerts_by_county;
            UPDATE schema_version SET version = 1;
            """;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static string Plan(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join(" | ", plan);
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static SubmissionRecord Submission() => new()
    {
        Sha256 = new string('a', 64),
        Path = "2024/x.csv",
        Kind = FileKind.Statistics,
        Year = 2024,
        Status = SubmissionStatus.Accepted,
        RowsRead = 2,
        RowsAccepted = 2,
        RowsRejected = 0,
        Errors = 0,
        Warnings = 0,
        ReceivedAtUtc = new DateTime(2025, 10, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    private static IngestedFile File(params SchoolStatistics[] rows) => new()
    {
        FileName = "x.csv",
        Kind = FileKind.Statistics,
        Year = 2024,
        Rejected = false,
        RowsRead = rows.Length,
        Statistics = rows,
        Findings = [],
    };

    private static SchoolStatistics School(string code, string? county) => new()
    {
        Year = 2024,
        SchoolCode = code,
        SchoolName = "学校" + code,
        SchoolType = SchoolType.Primary,
        UrbanRural = UrbanRural.Urban,
        Sponsor = Sponsor.Public,
        PrimaryStudents = 600,
        JuniorStudents = 0,
        PrimaryClasses = 14,
        JuniorClasses = 0,
        PrimaryTeachers = 40,
        JuniorTeachers = 0,
        CountyCode = county,
    };
}
