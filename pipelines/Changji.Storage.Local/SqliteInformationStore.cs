using Changji.Pipeline.Ports;
using Microsoft.Data.Sqlite;

namespace Changji.Storage.Local;

/// <summary>
/// The information database in one SQLite file (no server to install). Every write that belongs
/// together (a file's rows, findings and ledger line; alert lines and their outbox messages) is one
/// transaction, so a failure leaves what was accepted before untouched.
/// </summary>
public sealed partial class SqliteInformationStore : ISubmissionLedger, IFactStore, IAlertLedger, IDeliveryLedger, IRecomputeStamps, IDisposable
{
    private readonly string connectionString;

    public SqliteInformationStore(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = true }.ToString();
        using var connection = Open();
        Execute(connection, null, SqliteSchema.Create);
        Migrate(connection);
    }

    public string DatabasePath { get; }

    /// <summary>
    /// Closes the pooled connections, the last of which checkpoints the write-ahead log into the database
    /// file and removes it: after a run the information database is one file again, safe to copy.
    /// </summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>
    /// Pooled: each use case opens a connection per port call (a national recompute ~10 000 of them), and
    /// closing the last open connection of a WAL database checkpoints the log with a disk sync (~9 ms a
    /// call measured at 50 000 schools); a pooled connection stays open, so commits append to the log and
    /// SQLite checkpoints it by size as it goes. <see cref="Dispose"/> checkpoints at the end.
    /// WAL with synchronous NORMAL: a commit costs no disk sync of its own (the log is synced at
    /// checkpoints), and the database stays consistent after a crash; at worst the last commits before a
    /// power loss are lost, and those are redone by the next run, which finds their files not yet received.
    /// </summary>
    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, null, "PRAGMA synchronous = NORMAL");
        return connection;
    }

    /// <summary>
    /// Runs the migrations newer than the database's version, each in one transaction with its new version;
    /// a new database (no version yet) runs them all and records the current version.
    /// </summary>
    private static void Migrate(SqliteConnection connection)
    {
        using var check = connection.CreateCommand();
        check.CommandText = "SELECT MAX(version) FROM schema_version";
        var stored = check.ExecuteScalar() is long v ? (int)v : 0;
        foreach (var (version, sql) in SqliteSchema.Migrations.Where(m => m.Version > stored))
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, tx, sql);
            Execute(connection, tx, stored == 0 ? "DELETE FROM schema_version" : "UPDATE schema_version SET version = $v", stored == 0 ? [] : [("$v", version)]);
            tx.Commit();
        }

        if (stored == 0)
        {
            Execute(connection, null, $"INSERT INTO schema_version (version) VALUES ({SqliteSchema.Version})");
        }
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Sets the values of a prepared command's parameters for its next execution.</summary>
    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
