using System.Buffers;
using System.Text.Json;
using Changji.Pipeline;
using Microsoft.Data.Sqlite;

namespace Changji.Storage.Local;

/// <summary>
/// Writes one file's facts of one table inside the file's transaction with one prepared statement,
/// and notes each key that replaces a fact an earlier file supplied. The year's existing keys are read
/// once (on the first row of that year) instead of one SELECT per row. A row costs no string for its
/// payload: the fact is serialized into one reused UTF-8 buffer and bound from there (<see cref="RowStatement"/>).
/// </summary>
internal sealed class FactWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly string table;
    private readonly string keyColumn;
    private readonly string sha;
    private readonly List<string> replaced;
    private readonly string[] extraColumns;
    private readonly Dictionary<int, Dictionary<string, string>> sourcesByYear = [];
    private readonly ArrayBufferWriter<byte> payload = new(4096);
    private readonly Utf8JsonWriter json;
    private RowStatement? insert;

    public FactWriter(SqliteConnection connection, SqliteTransaction transaction, string table, string keyColumn, string sha, List<string> replaced, params string[] extraColumns)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.table = table;
        this.keyColumn = keyColumn;
        this.sha = sha;
        this.replaced = replaced;
        this.extraColumns = extraColumns;
        json = new Utf8JsonWriter(payload, PipelineJson.WriterOptions);
    }

    /// <param name="year">The fact's 学年.</param>
    /// <param name="key">School code, or a county figure's store key.</param>
    /// <param name="fact">The fact, stored as its <see cref="PipelineJson"/> payload.</param>
    /// <param name="extra0">The first extra column's value, if the table has one.</param>
    /// <param name="extra1">The second extra column's value, if the table has two.</param>
    public void Write<T>(int year, string key, T fact, string? extra0 = null, string? extra1 = null)
    {
        var sources = SourcesOf(year);
        if (sources.TryGetValue(key, out var earlier) && earlier != sha)
        {
            replaced.Add(key);
        }

        sources[key] = sha;
        payload.ResetWrittenCount();
        json.Reset();
        PipelineJson.Serialize(json, fact);
        json.Flush();
        var command = insert ??= Prepare();
        command.Bind(1, year);
        command.Bind(2, key);
        command.BindUtf8(4, payload.WrittenSpan);
        if (extraColumns.Length > 0)
        {
            command.Bind(5, extra0);
        }

        if (extraColumns.Length > 1)
        {
            command.Bind(6, extra1);
        }

        command.Run();
    }

    public void Dispose()
    {
        insert?.Dispose();
        json.Dispose();
    }

    private Dictionary<string, string> SourcesOf(int year)
    {
        if (sourcesByYear.TryGetValue(year, out var sources))
        {
            return sources;
        }

        sources = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = $"SELECT {keyColumn}, source_sha256 FROM {table} WHERE year = $year";
            select.Parameters.AddWithValue("$year", year);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                sources[reader.GetString(0)] = reader.GetString(1);
            }
        }

        sourcesByYear[year] = sources;
        return sources;
    }

    /// <summary>Parameters 1 year, 2 key, 3 the file's SHA-256 (bound once), 4 payload, 5… the extra columns.</summary>
    private RowStatement Prepare()
    {
        if (extraColumns.Length > 2)
        {
            throw new InvalidOperationException("At most two extra columns.");
        }

        var columns = string.Concat(extraColumns.Select(c => ", " + c));
        var values = string.Concat(extraColumns.Select((_, i) => ", ?" + (i + 5)));
        var statement = new RowStatement(connection, $"INSERT OR REPLACE INTO {table} (year, {keyColumn}, source_sha256, payload{columns}) VALUES (?1, ?2, ?3, ?4{values})");
        statement.Bind(3, sha);
        return statement;
    }
}
