using Changji.Evaluation.Facts;
using Changji.Ingestion;
using Changji.Pipeline;
using Changji.Pipeline.Submissions;
using Microsoft.Data.Sqlite;

namespace Changji.Storage.Local;

public sealed partial class SqliteInformationStore
{
    public Task<SubmissionRecord?> FindAsync(string sha256, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        var found = Query(connection, "SELECT payload FROM submissions WHERE sha256 = $sha", r => PipelineJson.Deserialize<SubmissionRecord>(r.GetString(0)), ("$sha", sha256));
        return Task.FromResult(found.FirstOrDefault());
    }

    public Task<IReadOnlyList<SubmissionRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        IReadOnlyList<SubmissionRecord> all = Query(connection, "SELECT payload FROM submissions ORDER BY seq", r => PipelineJson.Deserialize<SubmissionRecord>(r.GetString(0)));
        return Task.FromResult(all);
    }

    public Task<IReadOnlyList<StoredFinding>> FindingsAsync(int year, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        IReadOnlyList<StoredFinding> found = Query(
            connection,
            "SELECT f.sha256, f.payload FROM findings f JOIN submissions s ON s.sha256 = f.sha256 WHERE f.year = $year ORDER BY s.seq, f.ordinal",
            r => new StoredFinding(r.GetString(0), year, PipelineJson.Deserialize<Finding>(r.GetString(1))),
            ("$year", year));
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<string>> RecordAsync(SubmissionRecord submission, IngestedFile content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(content);
        using var connection = Open();
        using var tx = connection.BeginTransaction();
        using (var exists = Command(connection, tx, "SELECT COUNT(*) FROM submissions WHERE sha256 = $sha", ("$sha", submission.Sha256)))
        {
            if (Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                return Task.FromResult<IReadOnlyList<string>>([]);
            }
        }

        var replaced = new List<string>();
        if (!content.Rejected)
        {
            foreach (var s in content.Statistics)
            {
                Replace(connection, tx, "school_statistics", "school_code", s.Year, s.SchoolCode, submission.Sha256, PipelineJson.Serialize(s), replaced,
                    ("$name", s.SchoolName), ("$type", s.SchoolType.ToString()));
                RegisterSchool(connection, tx, s);
            }

            foreach (var f in content.Funding)
            {
                Replace(connection, tx, "school_funding", "school_code", f.Year, f.SchoolCode, submission.Sha256, PipelineJson.Serialize(f), replaced);
            }

            foreach (var c in content.Figures)
            {
                Replace(connection, tx, "county_figures", "code", c.Year, c.StoreKey(), submission.Sha256, PipelineJson.Serialize(c), replaced);
            }
        }

        var stored = submission with { Replaced = replaced };
        Execute(connection, tx,
            "INSERT INTO submissions (sha256, seq, path, kind, year, status, received_at, payload) VALUES ($sha, (SELECT COALESCE(MAX(seq), 0) + 1 FROM submissions), $path, $kind, $year, $status, $at, $payload)",
            ("$sha", stored.Sha256), ("$path", stored.Path), ("$kind", stored.Kind is null ? null : stored.Kind.Value.ToCode()), ("$year", stored.Year),
            ("$status", stored.Status.ToCode()), ("$at", stored.ReceivedAtUtc.ToString("O")), ("$payload", PipelineJson.Serialize(stored)));
        for (var i = 0; i < content.Findings.Count; i++)
        {
            var f = content.Findings[i];
            Execute(connection, tx, "INSERT INTO findings (sha256, ordinal, year, severity, code, payload) VALUES ($sha, $i, $year, $sev, $code, $payload)",
                ("$sha", stored.Sha256), ("$i", i), ("$year", stored.Year), ("$sev", f.Severity.ToCode()), ("$code", f.Code), ("$payload", PipelineJson.Serialize(f)));
        }

        tx.Commit();
        return Task.FromResult<IReadOnlyList<string>>(replaced);
    }

    /// <summary>Writes one fact, noting its key when it replaces a fact that an earlier file supplied.</summary>
    private static void Replace(SqliteConnection connection, SqliteTransaction tx, string table, string keyColumn, int year, string key, string sha, string payload,
        List<string> replaced, params (string Name, object? Value)[] extra)
    {
        using (var previous = Command(connection, tx, $"SELECT source_sha256 FROM {table} WHERE year = $year AND {keyColumn} = $key", ("$year", year), ("$key", key)))
        {
            if (previous.ExecuteScalar() is string earlier && earlier != sha)
            {
                replaced.Add(key);
            }
        }

        var columns = string.Concat(extra.Select(e => ", " + ColumnOf(e.Name)));
        var values = string.Concat(extra.Select(e => ", " + e.Name));
        var parameters = new List<(string, object?)> { ("$year", year), ("$key", key), ("$sha", sha), ("$payload", payload) };
        parameters.AddRange(extra);
        Execute(connection, tx, $"INSERT OR REPLACE INTO {table} (year, {keyColumn}, source_sha256, payload{columns}) VALUES ($year, $key, $sha, $payload{values})", [.. parameters]);
    }

    private static string ColumnOf(string parameter) => parameter switch
    {
        "$name" => "school_name",
        "$type" => "school_type",
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, null),
    };

    private static void RegisterSchool(SqliteConnection connection, SqliteTransaction tx, SchoolStatistics s) =>
        Execute(connection, tx, """
            INSERT INTO schools (school_code, school_name, school_type, first_year, last_year) VALUES ($code, $name, $type, $year, $year)
            ON CONFLICT (school_code) DO UPDATE SET
              school_name = CASE WHEN $year >= last_year THEN $name ELSE school_name END,
              school_type = CASE WHEN $year >= last_year THEN $type ELSE school_type END,
              first_year = MIN(first_year, $year), last_year = MAX(last_year, $year)
            """,
            ("$code", s.SchoolCode), ("$name", s.SchoolName), ("$type", s.SchoolType.ToString()), ("$year", s.Year));
}
