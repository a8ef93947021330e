using Changji.Pipeline.Recompute;
using Microsoft.Data.Sqlite;

namespace Changji.Storage.Local;

/// <summary>
/// The alert ledger's version, raised in the transaction of every ledger write, and the stamps of the last
/// completed recomputes. Databases made before these tables get them when opened (<c>CREATE TABLE IF NOT EXISTS</c>).
/// </summary>
public sealed partial class SqliteInformationStore
{
    public Task<AlertLedgerVersion> AlertLedgerVersionAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        var writes = Query(connection, "SELECT writes FROM alert_ledger_version WHERE id = 1", r => r.GetInt64(0));
        return Task.FromResult(writes.Count == 0 ? AlertLedgerVersion.None : new AlertLedgerVersion(writes[0], ""));
    }

    public Task<RecomputeStamp?> ReadStampAsync(string request, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        var stamps = Query(connection, "SELECT inputs, results FROM recompute_stamps WHERE request = $request",
            r => new RecomputeStamp(r.GetString(0), r.GetString(1)), ("$request", request));
        return Task.FromResult(stamps.SingleOrDefault());
    }

    public Task WriteStampAsync(string request, RecomputeStamp stamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        using var connection = Open();
        Execute(connection, null, "INSERT OR REPLACE INTO recompute_stamps (request, inputs, results) VALUES ($request, $inputs, $results)",
            ("$request", request), ("$inputs", stamp.Inputs), ("$results", stamp.Results));
        return Task.CompletedTask;
    }

    /// <summary>In the writer's transaction: the lines and the version are committed together.</summary>
    private static void BumpAlertLedgerVersion(SqliteConnection connection, SqliteTransaction transaction) =>
        Execute(connection, transaction, "INSERT INTO alert_ledger_version (id, writes) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET writes = writes + 1");
}
