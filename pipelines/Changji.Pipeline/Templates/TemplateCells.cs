using Changji.Ingestion.Reading;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Pipeline.Templates;

/// <summary>Cells and rows of a template sheet, addressed A1-style.</summary>
internal static class TemplateCells
{
    public static Row Row(uint number, IEnumerable<Cell> cells) => new(cells) { RowIndex = number };

    /// <summary>A number as a number, anything else as text guarded against formula injection.</summary>
    public static Cell Value(int column, uint row, object value, uint? style = null) => value switch
    {
        int or long or decimal or double => new Cell(new CellValue(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture)))
        {
            CellReference = Reference(column, row), DataType = CellValues.Number, StyleIndex = style,
        },
        _ => new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(SpreadsheetText.Neutralise(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty))))
        {
            CellReference = Reference(column, row), DataType = CellValues.InlineString, StyleIndex = style,
        },
    };

    public static string Reference(int column, uint row) => Letters(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A, B, …, Z, AA, … for the 1-based column.</summary>
    public static string Letters(int column)
    {
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
