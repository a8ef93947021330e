using Changji.Ingestion;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Pipeline.Returns;

/// <summary>
/// The rows that stay in view while the steward scrolls down a long list: the summary's table header, and in
/// the copy the steward's header (with any title rows above it). The copy is written as it is read, so its header
/// is looked for among the first rows (as far as the ingestion looks) before any row is written.
/// </summary>
internal static class FrozenRows
{
    private const int RowsLooked = 10;

    /// <summary>Rows 1 to <paramref name="lastFrozen"/> frozen; the first row below selected.</summary>
    /// <param name="opensFirst">The sheet the workbook opens on (问题汇总).</param>
    public static SheetViews Through(uint lastFrozen, bool opensFirst = false)
    {
        var below = "A" + (lastFrozen + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new(new SheetView(
            new Pane { VerticalSplit = lastFrozen, TopLeftCell = below, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = below, SequenceOfReferences = new ListValue<StringValue> { InnerText = below } })
        { TabSelected = opensFirst, WorkbookViewId = 0 });
    }

    /// <summary>The copy's view frozen through its header row (null when none is among the first rows), and every row still to write.</summary>
    public static (SheetViews? View, IEnumerable<StewardSheetRow> Rows) OfCopy(IEnumerable<StewardSheetRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var rest = rows.GetEnumerator();
        var head = new List<StewardSheetRow>();
        int? header = null;
        while (header is null && head.Count < RowsLooked && rest.MoveNext())
        {
            head.Add(rest.Current);
            header = StewardSheet.IsHeader(rest.Current) ? rest.Current.Number : null;
        }

        return (header is { } row ? Through((uint)row) : null, Again(head, rest));
    }

    private static IEnumerable<StewardSheetRow> Again(List<StewardSheetRow> head, IEnumerator<StewardSheetRow> rest)
    {
        using (rest)
        {
            foreach (var row in head)
            {
                yield return row;
            }

            while (rest.MoveNext())
            {
                yield return rest.Current;
            }
        }
    }
}
