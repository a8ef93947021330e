using System.Globalization;
using Changji.Pipeline;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Local;

public sealed partial class SqliteInformationStore
{
    public Task<IReadOnlyList<AlertRecord>> LoadAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        IReadOnlyList<AlertRecord> all = Query(connection, "SELECT payload FROM alerts ORDER BY opened_year, alert_id",
            r => PipelineJson.Deserialize<AlertRecord>(r.GetString(0)));
        return Task.FromResult(all);
    }

    public Task<IReadOnlyList<AlertRecord>> LoadCountyAsync(string? county, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        var where = $"{SqliteSchema.County} " + (county is null ? "IS NULL" : "= $county");
        IReadOnlyList<AlertRecord> lines = Query(connection, $"SELECT payload FROM alerts INDEXED BY alerts_by_county WHERE {where} ORDER BY opened_year, alert_id",
            r => PipelineJson.Deserialize<AlertRecord>(r.GetString(0)), county is null ? [] : [("$county", county)]);
        return Task.FromResult(lines);
    }

    /// <summary>
    /// One transaction with two prepared statements reused for every line and message (a run of 150 000
    /// alert events is one disk sync and no SQL parsed twice). The sequence is read once and advanced only
    /// for a message actually queued, which numbers the outbox as one <c>MAX(seq) + 1</c> per insert did.
    /// </summary>
    public Task ApplyAsync(AlertChanges changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        using var connection = Open();
        using var tx = connection.BeginTransaction();
        using (var upsert = Command(connection, tx, "INSERT OR REPLACE INTO alerts (alert_id, alert_key, rule, status, opened_year, payload) VALUES ($id, $key, $rule, $status, $year, $payload)",
                   ("$id", ""), ("$key", ""), ("$rule", ""), ("$status", ""), ("$year", 0), ("$payload", "")))
        {
            upsert.Prepare();
            foreach (var a in changes.Upserts)
            {
                Bind(upsert, ("$id", a.AlertId), ("$key", a.Key), ("$rule", a.Rule), ("$status", a.Status.ToString()), ("$year", a.OpenedYear), ("$payload", PipelineJson.Serialize(a)));
                upsert.ExecuteNonQuery();
            }
        }

        if (changes.Messages.Count > 0)
        {
            using var last = Command(connection, tx, "SELECT COALESCE(MAX(seq), 0) FROM outbox");
            var seq = Convert.ToInt64(last.ExecuteScalar(), CultureInfo.InvariantCulture);
            using var insert = Command(connection, tx, "INSERT OR IGNORE INTO outbox (message_id, seq, payload) VALUES ($id, $seq, $payload)", ("$id", ""), ("$seq", 0L), ("$payload", ""));
            insert.Prepare();
            foreach (var m in changes.Messages)
            {
                Bind(insert, ("$id", m.MessageId), ("$seq", seq + 1), ("$payload", PipelineJson.Serialize(m)));
                seq += insert.ExecuteNonQuery();
            }
        }

        if (!changes.IsEmpty)
        {
            BumpAlertLedgerVersion(connection, tx);
        }

        tx.Commit();
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AlertMessage>> PendingMessagesAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        IReadOnlyList<AlertMessage> pending = Query(connection, "SELECT payload FROM outbox WHERE sent_at IS NULL ORDER BY seq",
            r => PipelineJson.Deserialize<AlertMessage>(r.GetString(0)));
        return Task.FromResult(pending);
    }

    /// <summary>Keyset on <c>seq</c> (the outbox order): messages marked meanwhile drop out without moving the next page.</summary>
    public Task<OutboxPage> PendingPageAsync(string? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var from = after is null ? 0L : long.Parse(after, NumberStyles.None, CultureInfo.InvariantCulture);
        using var connection = Open();
        var rows = Query(connection, "SELECT seq, payload FROM outbox WHERE sent_at IS NULL AND seq > $after ORDER BY seq LIMIT $limit",
            r => (Seq: r.GetInt64(0), Message: PipelineJson.Deserialize<AlertMessage>(r.GetString(1))), ("$after", from), ("$limit", limit));
        var next = rows.Count == limit ? rows[^1].Seq.ToString(CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new OutboxPage([.. rows.Select(r => r.Message)], next));
    }

    /// <summary>All in one transaction with one prepared statement: a drain of 150 000 messages costs one disk sync, not 150 000.</summary>
    public Task MarkSentAsync(IReadOnlyCollection<string> messageIds, DateTime sentAtUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        using var connection = Open();
        using var tx = connection.BeginTransaction();
        using var update = Command(connection, tx, "UPDATE outbox SET sent_at = $at WHERE message_id = $id AND sent_at IS NULL", ("$id", ""), ("$at", sentAtUtc.ToString("O")));
        update.Prepare();
        foreach (var id in messageIds)
        {
            update.Parameters["$id"].Value = id;
            update.ExecuteNonQuery();
        }

        tx.Commit();
        return Task.CompletedTask;
    }
}
