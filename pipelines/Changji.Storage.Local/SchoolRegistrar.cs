using Changji.Evaluation.Facts;
using Microsoft.Data.Sqlite;

namespace Changji.Storage.Local;

/// <summary>Keeps the schools register up to date with one prepared upsert reused for a file's rows.</summary>
internal sealed class SchoolRegistrar : IDisposable
{
    private readonly SqliteCommand upsert;

    public SchoolRegistrar(SqliteConnection connection, SqliteTransaction transaction)
    {
        upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = """
            INSERT INTO schools (school_code, school_name, school_type, first_year, last_year) VALUES ($code, $name, $type, $year, $year)
            ON CONFLICT (school_code) DO UPDATE SET
              school_name = CASE WHEN $year >= last_year THEN $name ELSE school_name END,
              school_type = CASE WHEN $year >= last_year THEN $type ELSE school_type END,
              first_year = MIN(first_year, $year), last_year = MAX(last_year, $year)
            """;
        upsert.Parameters.AddWithValue("$code", string.Empty);
        upsert.Parameters.AddWithValue("$name", string.Empty);
        upsert.Parameters.AddWithValue("$type", string.Empty);
        upsert.Parameters.AddWithValue("$year", 0);
        upsert.Prepare();
    }

    public void Register(SchoolStatistics school)
    {
        upsert.Parameters["$code"].Value = school.SchoolCode;
        upsert.Parameters["$name"].Value = school.SchoolName;
        upsert.Parameters["$type"].Value = school.SchoolType.ToString();
        upsert.Parameters["$year"].Value = school.Year;
        upsert.ExecuteNonQuery();
    }

    public void Dispose() => upsert.Dispose();
}
