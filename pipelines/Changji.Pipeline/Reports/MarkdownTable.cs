using System.Text;

namespace Changji.Pipeline.Reports;

/// <summary>A Markdown table whose cells stay on their row, whatever a steward typed (pipes, line breaks, formulas).</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public MarkdownTable Add(params string?[] cells)
    {
        rows.Add([.. cells.Select(Cell)]);
        return this;
    }

    public void WriteTo(StringBuilder sb)
    {
        sb.Append("| ").AppendJoin(" | ", headers).AppendLine(" |");
        sb.Append('|').AppendJoin("", headers.Select(_ => "---|")).AppendLine();
        foreach (var row in rows)
        {
            sb.Append("| ").AppendJoin(" | ", row).AppendLine(" |");
        }

        sb.AppendLine();
    }

    public static string Cell(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
