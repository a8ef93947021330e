using Changji.Ingestion.Header;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Pipeline.Templates;

/// <summary>The data sheet: the ingestion's headers in row 1 (frozen), prefilled rows, and the cell validations.</summary>
internal static class DataSheet
{
    public static Worksheet Create(IReadOnlyList<StewardColumn> columns, IReadOnlyList<IReadOnlyDictionary<string, object>> rows)
    {
        var data = new SheetData(TemplateCells.Row(1, columns.Select((c, i) => TemplateCells.Value(i + 1, 1, c.Header, TemplateStyles.Header))));
        for (var r = 0; r < rows.Count; r++)
        {
            var number = (uint)r + 2;
            data.AppendChild(TemplateCells.Row(number, columns
                .Select((c, i) => (Index: i + 1, Column: c))
                .Where(x => rows[r].ContainsKey(x.Column.Key))
                .Select(x => TemplateCells.Value(x.Index, number, rows[r][x.Column.Key], x.Column.Value == StewardValue.Text ? TemplateStyles.Text : null))));
        }

        var worksheet = new Worksheet(FrozenHeader(), Widths(columns), data);
        if (TemplateValidations.Create(columns) is { } validations)
        {
            worksheet.AppendChild(validations);
        }

        return worksheet;
    }

    /// <summary>Row 1 stays in view while the steward scrolls down the schools.</summary>
    public static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    { TabSelected = true, WorkbookViewId = 0 });

    // Text columns are formatted as text, so a typed 学校标识码 keeps its ten digits.
    private static Columns Widths(IReadOnlyList<StewardColumn> columns) => new(columns.Select((c, i) => new Column
    {
        Min = (uint)i + 1,
        Max = (uint)i + 1,
        Width = Math.Round(Math.Clamp(c.Header.Length * 2.2, 10, 40), 1),
        CustomWidth = true,
        Style = c.Value == StewardValue.Text ? TemplateStyles.Text : null,
    }));
}
