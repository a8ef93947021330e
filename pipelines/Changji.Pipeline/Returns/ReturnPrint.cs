using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Pipeline.Returns;

/// <summary>Printed (or saved as PDF), each sheet is landscape and one page wide: a steward may print the return to work through it.</summary>
internal static class ReturnPrint
{
    /// <summary>First in the worksheet.</summary>
    public static SheetProperties FitToPage() => new(new PageSetupProperties { FitToPage = true });

    /// <summary>After the sheet data, in this order.</summary>
    public static PageMargins Margins() => new() { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 };

    public static PageSetup Setup() => new() { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 };
}
