using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Changji.Storage.Local;

/// <summary>
/// One statement compiled once and run for each row through SQLite's own API, inside whatever transaction the
/// connection has open. Microsoft.Data.Sqlite allocates a data reader, a statement enumerator and a binder per
/// parameter on every execution (~1.7 KB a row); here values are bound in place, text also straight from UTF-8
/// bytes (a JSON payload serialized into a reused buffer), and the statement is stepped and reset.
/// </summary>
internal sealed class RowStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    public RowStatement(SqliteConnection connection, string sql)
    {
        db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, sql, out statement));
    }

    /// <param name="index">1-based, in the order the statement's parameters appear.</param>
    public void Bind(int index, int value) => Check(raw.sqlite3_bind_int(statement, index, value));

    /// <inheritdoc cref="Bind(int, int)"/>
    public void Bind(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_text(statement, index, value));

    /// <summary>Text given as UTF-8 bytes; SQLite copies them, so the buffer may be reused at once.</summary>
    /// <param name="index">1-based, in the order the statement's parameters appear.</param>
    /// <param name="utf8">The text's UTF-8 bytes, without a terminator.</param>
    public void BindUtf8(int index, ReadOnlySpan<byte> utf8) => Check(raw.sqlite3_bind_text(statement, index, utf8));

    /// <summary>Runs the statement with the values bound (a write: no rows expected) and makes it ready for the next row.</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(statement);
        var error = rc == raw.SQLITE_DONE ? null : raw.sqlite3_errmsg(db).utf8_to_string();
        raw.sqlite3_reset(statement);
        if (error is not null)
        {
            throw new SqliteException(error, rc);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
        }
    }
}
