using Changji.Ingestion;
using Changji.Pipeline.Templates;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Pipeline.Returns;

/// <summary>
/// The steward's own rows, each at the row number it had, with the cells and rows findings point at
/// filled. Written as the rows are read (a whole region's sheet is never held as a document).
/// </summary>
internal static class CopySheet
{
    public const string DrawingId = "rIdVml";

    /// <returns>The notes to attach to the cells written; when there are any, the sheet refers to <see cref="DrawingId"/>.</returns>
    /// <param name="textOnly">The rows come from a CSV: numbers in them are text to be typed (<see cref="CopyValue"/>).</param>
    public static IReadOnlyList<CellNote> Write(WorksheetPart part, IEnumerable<StewardSheetRow> rows, IReadOnlyList<Finding> findings, bool textOnly)
    {
        var byRow = findings.Where(f => f.Row is not null).ToLookup(f => f.Row!.Value);
        var labels = new HeaderLabels();
        var notes = new List<CellNote>();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(ReturnPrint.FitToPage());
        var (view, all) = FrozenRows.OfCopy(rows);
        if (view is not null)
        {
            writer.WriteElement(view);
        }

        writer.WriteElement(new Columns(new Column { Min = 1, Max = 64, Width = 14, CustomWidth = true }));
        writer.WriteStartElement(new SheetData());
        foreach (var row in all)
        {
            labels.Learn(row);
            var marks = RowMarks.Of(byRow[row.Number], labels);
            writer.WriteElement(TemplateCells.Row((uint)row.Number, Cells(row, marks, labels.Width, textOnly)));
            notes.AddRange(marks.Notes(row.Number));
        }

        writer.WriteEndElement();
        writer.WriteElement(ReturnPrint.Margins());
        writer.WriteElement(ReturnPrint.Setup());
        if (notes.Count > 0)
        {
            writer.WriteElement(new LegacyDrawing { Id = DrawingId });
        }

        writer.WriteEndElement();
        return notes;
    }

    private static IEnumerable<Cell> Cells(StewardSheetRow row, RowMarks marks, int headerWidth, bool textOnly)
    {
        var width = Math.Max(Math.Max(row.Cells.Count, marks.Width), marks.Row is null ? 0 : headerWidth);
        for (var i = 0; i < width; i++)
        {
            var read = i < row.Cells.Count ? row.Cells[i] : null;
            var value = textOnly ? CopyValue.Typed(read) : read;
            var style = marks.StyleOf(i);
            if (value is not null)
            {
                yield return TemplateCells.Value(i + 1, (uint)row.Number, value, style);
            }
            else if (style is not null)
            {
                // An empty cell that must be filled in: coloured all the same.
                yield return new Cell { CellReference = TemplateCells.Reference(i + 1, (uint)row.Number), StyleIndex = style };
            }
        }
    }
}
