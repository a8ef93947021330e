namespace Changji.SampleGenerator.Output;

/// <summary>One column of an input file: its Chinese header, its English alias and how a row fills it.</summary>
public sealed record Column<T>(string Chinese, string Alias, Func<T, object?> Value);

/// <summary>Which header names a file uses.</summary>
public enum HeaderStyle
{
    Chinese,
    /// <summary>English aliases (docs/input-files.md allows them in any order).</summary>
    Alias,
}

public static class ColumnTable
{
    public static Table Build<T>(IReadOnlyList<Column<T>> columns, IEnumerable<T> rows, HeaderStyle style) => new(
        columns.Select(c => style == HeaderStyle.Chinese ? c.Chinese : c.Alias).ToList(),
        rows.Select(r => (IReadOnlyList<object?>)columns.Select(c => c.Value(r)).ToList()).ToList());
}
