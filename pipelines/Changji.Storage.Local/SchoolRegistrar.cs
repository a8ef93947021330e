using Changji.Evaluation.Facts;
using Microsoft.Data.Sqlite;

namespace Changji.Storage.Local;

/// <summary>Keeps the schools register up to date with one prepared upsert reused for a file's rows (<see cref="RowStatement"/>).</summary>
internal sealed class SchoolRegistrar : IDisposable
{
    private readonly RowStatement upsert;

    /// <param name="connection">Open, with the file's transaction begun: the upserts run inside it.</param>
    public SchoolRegistrar(SqliteConnection connection) =>
        upsert = new RowStatement(connection, """
            INSERT INTO schools (school_code, school_name, school_type, first_year, last_year) VALUES (?1, ?2, ?3, ?4, ?4)
            ON CONFLICT (school_code) DO UPDATE SET
              school_name = CASE WHEN ?4 >= last_year THEN ?2 ELSE school_name END,
              school_type = CASE WHEN ?4 >= last_year THEN ?3 ELSE school_type END,
              first_year = MIN(first_year, ?4), last_year = MAX(last_year, ?4)
            """);

    public void Register(SchoolStatistics school)
    {
        upsert.Bind(1, school.SchoolCode);
        upsert.Bind(2, school.SchoolName);
        upsert.Bind(3, school.SchoolType.ToString());
        upsert.Bind(4, school.Year);
        upsert.Run();
    }

    public void Dispose() => upsert.Dispose();
}
