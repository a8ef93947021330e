using Microsoft.Data.Sqlite;

namespace Changji.Storage.Local;

/// <summary>
/// Writes one file's facts of one table inside the file's transaction with one prepared statement,
/// and notes each key that replaces a fact an earlier file supplied. The year's existing keys are read
/// once (on the first row of that year) instead of one SELECT per row.
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
    private SqliteCommand? insert;

    public FactWriter(SqliteConnection connection, SqliteTransaction transaction, string table, string keyColumn, string sha, List<string> replaced, params string[] extraColumns)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.table = table;
        this.keyColumn = keyColumn;
        this.sha = sha;
        this.replaced = replaced;
        this.extraColumns = extraColumns;
    }

    public void Write(int year, string key, string payload, params string[] extraValues)
    {
        var sources = SourcesOf(year);
        if (sources.TryGetValue(key, out var earlier) && earlier != sha)
        {
            replaced.Add(key);
        }

        sources[key] = sha;
        var command = insert ??= Prepare();
        command.Parameters["$year"].Value = year;
        command.Parameters["$key"].Value = key;
        command.Parameters["$payload"].Value = payload;
        for (var i = 0; i < extraColumns.Length; i++)
        {
            command.Parameters["$x" + i].Value = extraValues[i];
        }

        command.ExecuteNonQuery();
    }

    public void Dispose() => insert?.Dispose();

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

    private SqliteCommand Prepare()
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var columns = string.Concat(extraColumns.Select(c => ", " + c));
        var values = string.Concat(extraColumns.Select((_, i) => ", $x" + i));
        command.CommandText = $"INSERT OR REPLACE INTO {table} (year, {keyColumn}, source_sha256, payload{columns}) VALUES ($year, $key, $sha, $payload{values})";
        command.Parameters.AddWithValue("$year", 0);
        command.Parameters.AddWithValue("$key", string.Empty);
        command.Parameters.AddWithValue("$sha", sha);
        command.Parameters.AddWithValue("$payload", string.Empty);
        for (var i = 0; i < extraColumns.Length; i++)
        {
            command.Parameters.AddWithValue("$x" + i, string.Empty);
        }

        command.Prepare();
        return command;
    }
}
