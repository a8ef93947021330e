namespace Changji.Pipeline.Curated;

/// <summary>
/// One Parquet file of a curated table for one year: <c>curated/{table}/year={year}/{table}.parquet</c> for
/// the home county's rows and the tables that span counties, <c>curated/{table}/year={year}/county={code}/{table}.parquet</c>
/// for another county's rows (<see cref="County"/>), so a county's recompute rewrites its own files only
/// (docs/outputs.md §2).
/// </summary>
public sealed record CuratedFile(string Table, int Year, byte[] Content)
{
    /// <summary>县级行政区划代码 of another county than the home county; null for the home county's file or a table spanning counties.</summary>
    public string? County { get; init; }

    public string RelativePath => PathOf(Table, Year, County);

    public static string PathOf(string table, int year, string? county) =>
        county is null ? $"{table}/year={year}/{table}.parquet" : $"{table}/year={year}/county={county}/{table}.parquet";

    /// <summary>The county of a path <see cref="PathOf"/> made, below <c>{table}/year={year}/</c>: null for the file directly there.</summary>
    public static bool TryCountyOf(string table, int year, string relativePath, out string? county)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var folder = $"{table}/year={year}/";
        var file = "/" + table + ".parquet";
        county = null;
        if (relativePath == PathOf(table, year, null))
        {
            return true;
        }

        if (!relativePath.StartsWith(folder + "county=", StringComparison.Ordinal) || !relativePath.EndsWith(file, StringComparison.Ordinal))
        {
            return false;
        }

        var code = relativePath[(folder.Length + "county=".Length)..^file.Length];
        county = code;
        return code.Length > 0 && !code.Contains('/', StringComparison.Ordinal);
    }
}
