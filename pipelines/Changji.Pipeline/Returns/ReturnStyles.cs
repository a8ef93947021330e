using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Pipeline.Returns;

/// <summary>
/// The cell formats of an annotated return: an error's cell red and its row light red, a warning's
/// yellow and light yellow (Excel's own "bad" and "neutral" tints), bold headers, wrapped messages.
/// </summary>
internal static class ReturnStyles
{
    public const uint Header = 1;
    public const uint ErrorCell = 2;
    public const uint ErrorRow = 3;
    public const uint WarningCell = 4;
    public const uint WarningRow = 5;
    public const uint Wrapped = 6;
    public const uint Title = 7;

    /// <summary>问题汇总's other cells sit at the top beside a message wrapped onto several lines.</summary>
    public const uint Top = 8;
    public const uint ErrorCellTop = 9;
    public const uint WarningCellTop = 10;

    public const string ErrorCellColour = "FFFF7C80";
    public const string ErrorRowColour = "FFFFC7CE";

    public static Stylesheet Create() => new(
        new Fonts(new Font(), new Font(new Bold()), new Font(new Bold(), new FontSize { Val = 14 })) { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid(ErrorCellColour), Solid(ErrorRowColour), Solid("FFFFD966"), Solid("FFFFF2CC")) { Count = 6 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            Filled(2), Filled(3), Filled(4), Filled(5),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
            new CellFormat { FontId = 2, ApplyFont = true },
            new CellFormat(TopAligned()) { ApplyAlignment = true },
            new CellFormat(TopAligned()) { FillId = 2, ApplyFill = true, ApplyAlignment = true },
            new CellFormat(TopAligned()) { FillId = 4, ApplyFill = true, ApplyAlignment = true }) { Count = 11 });

    private static Alignment TopAligned() => new() { Vertical = VerticalAlignmentValues.Top };

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static CellFormat Filled(uint fill) => new() { FillId = fill, ApplyFill = true };
}
