namespace Changji.SampleGenerator.Output;

/// <summary>Adds a column no kind knows (docs/input-files.md: reported as a warning and ignored).</summary>
public static class ExtraColumn
{
    public static IReadOnlyList<Column<T>> Append<T>(IReadOnlyList<Column<T>> columns, string header, string value) =>
        [.. columns, new Column<T>(header, header, _ => value)];
}
