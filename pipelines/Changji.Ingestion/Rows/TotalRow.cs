namespace Changji.Ingestion.Rows;

/// <summary>
/// Exports from the statistics system often end with a 合计 (or 总计、小计) row: no code of its own and
/// a total label in some cell. It is not a school or an item, so it is skipped with a warning.
/// </summary>
internal static class TotalRow
{
    private static readonly HashSet<string> Labels = new(StringComparer.Ordinal) { "合计", "总计", "小计", "合 计", "总 计" };

    public static bool Is(RowValues row, string keyColumn)
    {
        if (!string.IsNullOrWhiteSpace(row.Raw(keyColumn).Text))
        {
            return false;
        }

        foreach (var cell in row.Cells)
        {
            if (Labels.Contains(cell.Text.Trim()))
            {
                return true;
            }
        }
        return false;
    }
}
