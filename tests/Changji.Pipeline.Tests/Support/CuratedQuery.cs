using DuckDB.NET.Data;

namespace Changji.Pipeline.Tests.Support;

/// <summary>Reads a curated table back with DuckDB (an independent reader), as the view <c>t</c> over all its year partitions.</summary>
public static class CuratedQuery
{
    public static List<object?[]> Rows(string curatedFolder, string table, string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        var glob = Path.Combine(curatedFolder, table, "*", table + ".parquet").Replace('\\', '/');
        command.CommandText = $"WITH t AS (SELECT * FROM read_parquet('{glob}', hive_partitioning = true, union_by_name = true)) {sql}";
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
