using Changji.Ingestion;

namespace Changji.Pipeline.Returns;

/// <summary>
/// Where each column a finding names sits: a finding names the column by its header as the steward
/// wrote it (trimmed), and the header is among the first rows (the ingestion looks no further).
/// </summary>
internal sealed class HeaderLabels
{
    private const int RowsLooked = 10;
    private readonly Dictionary<string, int> columns = new(StringComparer.Ordinal);
    private int rowsSeen;

    /// <summary>The widest of the first rows: how far a whole-row mark reaches.</summary>
    public int Width { get; private set; }

    public void Learn(StewardSheetRow row)
    {
        if (rowsSeen++ >= RowsLooked)
        {
            return;
        }

        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (row.Cells[i] is string text && text.Trim() is { Length: > 0 } label)
            {
                columns.TryAdd(label, i);
                Width = Math.Max(Width, i + 1);
            }
            else if (row.Cells[i] is not null)
            {
                Width = Math.Max(Width, i + 1);
            }
        }
    }

    /// <summary>The 0-based column headed <paramref name="label"/>, or null when no such header was written (a column left out).</summary>
    public int? Find(string? label) => label is not null && columns.TryGetValue(label.Trim(), out var index) ? index : null;
}
