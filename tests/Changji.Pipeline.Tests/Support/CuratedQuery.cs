using DuckDB.NET.Data;

namespace Changji.Pipeline.Tests.Support;

/// <summary>
/// Reads a curated table back with DuckDB (an independent reader), as the view <c>t</c> over all its year
/// partitions and their <c>county=</c> folders (hive column <c>year</c>; the folder's county is each row's
/// <c>county_code</c> already). DuckDB wants one depth per read, so each depth is read on its own and the two unioned.
/// </summary>
public static class CuratedQuery
{
    public static List<object?[]> Rows(string curatedFolder, string table, string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        var reads = new[] { "*", Path.Combine("*", "*") }
            .Where(depth => Directory.Exists(Path.Combine(curatedFolder, table)) && Directory.EnumerateFiles(Path.Combine(curatedFolder, table), table + ".parquet", SearchOption.AllDirectories)
                .Any(f => Path.GetRelativePath(Path.Combine(curatedFolder, table), f).Count(c => c == Path.DirectorySeparatorChar) == depth.Count(c => c == '*')))
            .Select(depth => $"SELECT *{(depth.Length > 1 ? " EXCLUDE (county)" : "")} FROM read_parquet('{Path.Combine(curatedFolder, table, depth, table + ".parquet").Replace('\\', '/')}', hive_partitioning = true, union_by_name = true)")
            .DefaultIfEmpty($"SELECT * FROM read_parquet('{Path.Combine(curatedFolder, table, "*", table + ".parquet").Replace('\\', '/')}', hive_partitioning = true)");
        command.CommandText = $"WITH t AS ({string.Join(" UNION ALL BY NAME ", reads)}) {sql}";
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
