using Changji.Ingestion.Header;
using ExcelDataReader;

namespace Changji.Ingestion.Reading;

/// <summary>
/// Reads one worksheet of a workbook — xlsx/xlsm, or Excel 97-2003 BIFF (.xls) — with ExcelDataReader's
/// forward-only reader. Formula cells yield their cached value: nothing is ever evaluated, and macros
/// in an xlsm are never run (they are not even read).
/// </summary>
internal sealed class XlsxRowSource : IRowSource
{
    private readonly IExcelDataReader reader;

    private XlsxRowSource(IExcelDataReader reader)
    {
        this.reader = reader;
        Sheet = reader.Name;
    }

    public string? Sheet { get; }

    public int RowNumber => reader.Depth + 1;

    public int Count => reader.FieldCount;

    public Cell this[int index] => index < reader.FieldCount ? ToCell(index) : Cell.Empty;

    /// <summary>Opens the sheet named after a kind (学校基础数据…) if there is one, else the first sheet.</summary>
    /// <param name="biff">True for an Excel 97-2003 compound file, false for an Open XML package.</param>
    public static XlsxRowSource Open(Stream stream, bool biff = false)
    {
        // BIFF5 text is in the workbook's code page (936 for Chinese Excel 95), served by the provider.
        TextEncodings.EnsureRegistered();
        // The caller owns the stream (a spooled file may be read again): the reader leaves it open.
        var configuration = new ExcelReaderConfiguration { LeaveOpen = true };
        var reader = biff ? ExcelReaderFactory.CreateBinaryReader(stream, configuration) : ExcelReaderFactory.CreateOpenXmlReader(stream, configuration);
        try
        {
            var index = NamedSheetIndex(reader);
            reader.Reset();
            for (var i = 0; i < index; i++)
            {
                reader.NextResult();
            }

            return new XlsxRowSource(reader);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    public bool Next() => reader.Read();

    public void Dispose() => reader.Dispose();

    private static int NamedSheetIndex(IExcelDataReader reader)
    {
        var index = 0;
        do
        {
            if (KindSchemas.IsKindSheetName(reader.Name))
            {
                return index;
            }

            index++;
        }
        while (reader.NextResult());
        return 0;
    }

    private Cell ToCell(int index)
    {
        var value = reader.GetValue(index);
        return value switch
        {
            null => Cell.Empty,
            string { Length: > CellTooLongException.MaxChars } text => throw new CellTooLongException(RowNumber, text.Length),
            string text => Cell.FromText(text),
            double number => FromDouble(number, IsPercentFormat(index)),
            bool flag => Cell.FromExcel(flag ? "TRUE" : "FALSE", CellOrigin.ExcelBoolean),
            DateTime date => Cell.FromExcel(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), CellOrigin.ExcelDate),
            _ => Cell.FromText(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    private bool IsPercentFormat(int index) =>
        reader.GetNumberFormatString(index)?.Contains('%', StringComparison.Ordinal) == true;

    // Beyond decimal's range a number is no count or amount of ours; keep it as text so it is reported.
    private static Cell FromDouble(double number, bool percent) =>
        double.IsFinite(number) && Math.Abs(number) < 1e27
            ? Cell.FromNumber((decimal)number, percent)
            : Cell.FromText(number.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
}
