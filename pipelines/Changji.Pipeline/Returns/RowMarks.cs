using Changji.Ingestion;

namespace Changji.Pipeline.Returns;

/// <summary>
/// The marks of one row: each cell a finding names by its column, and the whole row when a finding
/// names only the row (or a column the sheet does not have). An error outranks a warning.
/// </summary>
internal sealed class RowMarks
{
    private readonly Dictionary<int, Severity> cells = [];
    private readonly SortedDictionary<int, List<string>> notes = [];

    public Severity? Row { get; private set; }

    /// <summary>The rightmost marked column + 1.</summary>
    public int Width => cells.Count == 0 ? 0 : cells.Keys.Max() + 1;

    public static RowMarks Of(IEnumerable<Finding> findings, HeaderLabels labels)
    {
        var marks = new RowMarks();
        foreach (var finding in findings)
        {
            if (labels.Find(finding.Column) is { } column)
            {
                marks.cells[column] = Worse(marks.cells.GetValueOrDefault(column, Severity.Warning), finding.Severity);
                marks.Note(column, finding.MessageZh);
            }
            else
            {
                marks.Row = marks.Row is { } row ? Worse(row, finding.Severity) : finding.Severity;
                // A row's note sits on its first cell, where the eye starts reading the row.
                marks.Note(0, finding.MessageZh);
            }
        }

        return marks;
    }

    /// <summary>The style of the cell at the 0-based <paramref name="column"/>, or null to leave it plain.</summary>
    public uint? StyleOf(int column) =>
        cells.TryGetValue(column, out var cell) ? (cell == Severity.Error ? ReturnStyles.ErrorCell : ReturnStyles.WarningCell)
        : Row is { } row ? (row == Severity.Error ? ReturnStyles.ErrorRow : ReturnStyles.WarningRow)
        : null;

    public IEnumerable<CellNote> Notes(int rowNumber) =>
        notes.Select(n => new CellNote(rowNumber, n.Key, string.Join("\n", n.Value)));

    private void Note(int column, string message)
    {
        if (!notes.TryGetValue(column, out var list))
        {
            notes[column] = list = [];
        }

        list.Add(message);
    }

    private static Severity Worse(Severity a, Severity b) => a == Severity.Error || b == Severity.Error ? Severity.Error : Severity.Warning;
}
