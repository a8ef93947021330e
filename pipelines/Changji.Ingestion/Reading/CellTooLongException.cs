namespace Changji.Ingestion.Reading;

/// <summary>
/// A workbook cell holding more text than Excel itself allows in a cell (32 767 characters): no
/// spreadsheet program wrote it, and it is not to travel on into facts, reports and alerts.
/// </summary>
internal sealed class CellTooLongException(int rowNumber, int length)
    : Exception($"Row {rowNumber}: a cell of {length} characters.")
{
    /// <summary>Excel's limit on the characters in one cell.</summary>
    public const int MaxChars = 32_767;

    public int RowNumber { get; } = rowNumber;
    public int Length { get; } = length;
}
