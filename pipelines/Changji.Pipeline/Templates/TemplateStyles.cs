using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Pipeline.Templates;

/// <summary>The three cell formats a template uses: default, bold header, and text (so typed 学校标识码 keep their digits).</summary>
internal static class TemplateStyles
{
    public const uint Header = 1;
    public const uint Text = 2;

    // Number format 49 is Excel's built-in "@" (text).
    private const uint TextFormat = 49;

    public static Stylesheet Create() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }, new CellFormat { NumberFormatId = TextFormat, ApplyNumberFormat = true }) { Count = 3 });
}
