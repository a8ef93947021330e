namespace Changji.Ingestion.Reading;

/// <summary>
/// Where a cell's text came from. An Excel date or TRUE/FALSE cell where a number is expected is
/// usually a number typed into a cell with the wrong format; the steward is told so.
/// </summary>
internal enum CellOrigin
{
    /// <summary>CSV text, an xlsx string or number.</summary>
    Plain,
    /// <summary>An xlsx cell with a date format: the number is shown as a date.</summary>
    ExcelDate,
    /// <summary>An xlsx boolean cell (TRUE / FALSE).</summary>
    ExcelBoolean,
}
