using Changji.Evaluation.Facts;
using Changji.Ingestion;
using Changji.Pipeline;
using Changji.Pipeline.Submissions;

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

    public Task<IReadOnlyList<string>> RecordAsync(SubmissionRecord submission, IngestedFile content, CancellationToken cancellationToken = default) =>
        RecordAsync(submission, content, content.Rejected ? [] : [RowChunk.Of(content)], cancellationToken);

    public Task<IReadOnlyList<string>> RecordAsync(SubmissionRecord submission, IngestedFile content, IEnumerable<RowChunk> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(rows);
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
            // One writer per table for the whole file: its prepared statement and the keys it has read serve every chunk.
            using var statistics = new FactWriter(connection, tx, "school_statistics", "school_code", submission.Sha256, replaced, "school_name", "school_type");
            using var schools = new SchoolRegistrar(connection);
            using var funding = new FactWriter(connection, tx, "school_funding", "school_code", submission.Sha256, replaced);
            using var figures = new FactWriter(connection, tx, "county_figures", "code", submission.Sha256, replaced);
            foreach (var chunk in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var s in chunk.Statistics)
                {
                    statistics.Write(s.Year, s.SchoolCode, s, s.SchoolName, s.SchoolType.ToString());
                    schools.Register(s);
                }

                foreach (var f in chunk.Funding)
                {
                    funding.Write(f.Year, f.SchoolCode, f);
                }

                foreach (var c in chunk.Figures)
                {
                    figures.Write(c.Year, c.StoreKey(), c);
                }
            }
        }

        var stored = submission with { Replaced = replaced };
        Execute(connection, tx,
            "INSERT INTO submissions (sha256, seq, path, kind, year, status, received_at, payload) VALUES ($sha, (SELECT COALESCE(MAX(seq), 0) + 1 FROM submissions), $path, $kind, $year, $status, $at, $payload)",
            ("$sha", stored.Sha256), ("$path", stored.Path), ("$kind", stored.Kind is null ? null : stored.Kind.Value.ToCode()), ("$year", stored.Year),
            ("$status", stored.Status.ToCode()), ("$at", stored.ReceivedAtUtc.ToString("O")), ("$payload", PipelineJson.Serialize(stored)));
        if (content.Findings.Count > 0)
        {
            using var insert = Command(connection, tx, "INSERT INTO findings (sha256, ordinal, year, severity, code, payload) VALUES ($sha, $i, $year, $sev, $code, $payload)",
                ("$sha", stored.Sha256), ("$i", 0), ("$year", stored.Year), ("$sev", string.Empty), ("$code", string.Empty), ("$payload", string.Empty));
            insert.Prepare();
            for (var i = 0; i < content.Findings.Count; i++)
            {
                var f = content.Findings[i];
                insert.Parameters["$i"].Value = i;
                insert.Parameters["$sev"].Value = f.Severity.ToCode();
                insert.Parameters["$code"].Value = f.Code;
                insert.Parameters["$payload"].Value = PipelineJson.Serialize(f);
                insert.ExecuteNonQuery();
            }
        }

        tx.Commit();
        return Task.FromResult<IReadOnlyList<string>>(replaced);
    }
}
