using System.Text;

namespace Changji.Ingestion;

/// <summary>
/// Composes the one Chinese sentence a steward reads: where (file, sheet, row, column), what was
/// seen, what is wrong, and what was expected.
/// </summary>
internal static class FindingMessage
{
    private const int MaxValueLength = 80;

    public static string Compose(
        string file, string? sheet, int? row, string? column, string? value, string problem, string expected)
    {
        var text = new StringBuilder("文件 ").Append(file);
        if (sheet is not null) text.Append(" 工作表 ").Append(sheet);
        if (row is not null) text.Append(" 第 ").Append(row.Value).Append(" 行");
        if (column is not null) text.Append(" 列「").Append(Shorten(column)).Append('」');
        if (string.IsNullOrEmpty(value)) return Finish(text.Append(column is null ? " " : string.Empty), problem, expected);
        // A file-level value (its size, its extension) reads as an aside; a cell value as 「的值」.
        text.Append(column is null ? "（" : "的值「").Append(Shorten(value)).Append(column is null ? "）" : "」");
        return Finish(text, problem, expected);
    }

    private static string Finish(StringBuilder text, string problem, string expected) =>
        text.Append(problem).Append('：').Append(expected).Append('。').ToString();

    /// <summary>Keeps a message one readable line even when a cell holds a page of text.</summary>
    public static string Shorten(string value)
    {
        var flat = value.Replace('\r', ' ').Replace('\n', ' ');
        return flat.Length <= MaxValueLength ? flat : string.Concat(flat.AsSpan(0, MaxValueLength), "…");
    }
}
