using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Changji.Pipeline.Tests.Support;

/// <summary>An annotated return read back with the Open XML SDK: sheets, a cell's value, fill colour and comment.</summary>
public sealed class AnnotatedXlsx : IDisposable
{
    private readonly SpreadsheetDocument document;

    public AnnotatedXlsx(byte[] content) => document = SpreadsheetDocument.Open(new MemoryStream(content), false);

    public IReadOnlyList<string> SheetNames => [.. Sheets.Select(s => s.Name!.Value!)];

    public IReadOnlyList<string> ValidationErrors =>
        [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];

    /// <summary>The cell's text (inline string) or number as written, null when there is no such cell.</summary>
    public string? Value(string sheet, string reference) => Cell(sheet, reference) switch
    {
        null => null,
        { DataType.Value: var type } c when type == CellValues.InlineString => c.InlineString!.InnerText,
        var c => c.CellValue?.Text,
    };

    public bool IsNumber(string sheet, string reference) => Cell(sheet, reference)?.DataType?.Value == CellValues.Number;

    /// <summary>The ARGB of the cell's solid fill, null when it has none.</summary>
    public string? Fill(string sheet, string reference)
    {
        if (Cell(sheet, reference)?.StyleIndex?.Value is not { } style)
        {
            return null;
        }

        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)style);
        var fill = styles.Fills!.Elements<Fill>().ElementAt((int)(format.FillId?.Value ?? 0));
        return fill.PatternFill?.PatternType?.Value == PatternValues.Solid ? fill.PatternFill.ForegroundColor?.Rgb?.Value : null;
    }

    /// <summary>Whether the cell's format wraps its text.</summary>
    public bool Wraps(string sheet, string reference) =>
        Cell(sheet, reference)?.StyleIndex?.Value is { } style
        && document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ElementAt((int)style).Alignment?.WrapText?.Value == true;

    /// <summary>The first cell below the frozen rows (the pane's top left), null when nothing is frozen.</summary>
    public string? FrozenTopLeft(string sheet) =>
        Part(sheet).Worksheet!.Descendants<Pane>().SingleOrDefault(p => p.State?.Value == PaneStateValues.Frozen)?.TopLeftCell?.Value;

    /// <summary>The width the sheet sets for a 1-based column, null when it sets none.</summary>
    public double? ColumnWidth(string sheet, uint column) =>
        Part(sheet).Worksheet!.Descendants<Column>().SingleOrDefault(c => c.Min! <= column && column <= c.Max!)?.Width?.Value;

    /// <summary>Whether any row of the sheet is marked as sized by hand (Excel then no longer sizes it to the text).</summary>
    public bool AnyCustomRowHeight(string sheet) => Part(sheet).Worksheet!.Descendants<Row>().Any(r => r.CustomHeight?.Value == true);

    /// <summary>The height the sheet gives a row, in points; null when it gives none.</summary>
    public double? RowHeight(string sheet, uint row) => Part(sheet).Worksheet!.Descendants<Row>().SingleOrDefault(r => r.RowIndex! == row)?.Height?.Value;

    public string? Comment(string sheet, string reference) =>
        Part(sheet).WorksheetCommentsPart?.Comments?.CommentList?.Elements<Comment>().SingleOrDefault(c => c.Reference == reference)?.CommentText?.InnerText;

    public int CommentCount(string sheet) => Part(sheet).WorksheetCommentsPart?.Comments?.CommentList?.Elements<Comment>().Count() ?? 0;

    /// <summary>The legacy drawing that makes the comments show: its note shapes, by 0-based row and column.</summary>
    public string Drawing(string sheet)
    {
        using var reader = new StreamReader(Part(sheet).VmlDrawingParts.Single().GetStream());
        return reader.ReadToEnd();
    }

    public void Dispose() => document.Dispose();

    private IEnumerable<Sheet> Sheets => document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>();

    private WorksheetPart Part(string sheet) =>
        (WorksheetPart)document.WorkbookPart!.GetPartById(Sheets.Single(s => s.Name == sheet).Id!.Value!);

    private Cell? Cell(string sheet, string reference) =>
        Part(sheet).Worksheet!.Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);
}
