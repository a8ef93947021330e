using Changji.Text;

namespace Changji.Ingestion.Findings;

/// <summary>
/// Composes the one Chinese sentence a steward reads: where (file, sheet, row, column), what was
/// seen, what is wrong, and what was expected. The wording is the catalogue's <c>finding.*</c> templates.
/// </summary>
internal static class FindingMessage
{
    private const int MaxValueLength = 80;

    public static string Compose(
        string file, string? sheet, int? row, string? column, string? value, string problem, string expected)
    {
        var where = ZhCn.Format("finding.where.file", ("file", file));
        if (sheet is not null)
        {
            where += ZhCn.Format("finding.where.sheet", ("sheet", sheet));
        }

        if (row is not null)
        {
            where += ZhCn.Format("finding.where.row", ("row", row.Value));
        }

        if (column is not null)
        {
            where += ZhCn.Format("finding.where.column", ("column", Shorten(column)));
        }

        if (string.IsNullOrEmpty(value))
        {
            return column is null
                ? ZhCn.Format("finding.sentence.file", ("where", where), ("problem", problem), ("expected", expected))
                : ZhCn.Format("finding.sentence.column", ("where", where), ("problem", problem), ("expected", expected));
        }

        // A file-level value (its size, its extension) reads as an aside; a cell value as 「的值」.
        return column is null
            ? ZhCn.Format("finding.sentence.file_value", ("where", where), ("value", Shorten(value)), ("problem", problem), ("expected", expected))
            : ZhCn.Format("finding.sentence.cell_value", ("where", where), ("value", Shorten(value)), ("problem", problem), ("expected", expected));
    }

    /// <summary>Keeps a message one readable line even when a cell holds a page of text.</summary>
    public static string Shorten(string value)
    {
        var flat = value.Replace('\r', ' ').Replace('\n', ' ');
        return flat.Length <= MaxValueLength ? flat : string.Concat(flat.AsSpan(0, MaxValueLength), "…");
    }

    /// <summary>549800 → 「549 800」: a count a steward reads at a glance.</summary>
    public static string GroupDigits(long count) =>
        count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', ' ');
}
