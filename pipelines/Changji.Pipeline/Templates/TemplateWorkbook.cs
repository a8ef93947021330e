using Changji.Ingestion.Header;
using Changji.Pipeline.Reports;
using Changji.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Pipeline.Templates;

/// <summary>
/// One template workbook: the data sheet, named as the kind so the ingestion picks it, then 填报说明. Deterministic
/// (fixed relationship ids, zip entries stamped with the school year's first day), so publishing the same templates
/// again leaves the stored ones untouched.
/// </summary>
internal static class TemplateWorkbook
{
    public static byte[] Write(string sheetName, int year, IReadOnlyList<StewardColumn> columns, IReadOnlyList<IReadOnlyDictionary<string, object>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = TemplateStyles.Create();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            Add(workbook, sheets, 1, sheetName, DataSheet.Create(columns, rows));
            Add(workbook, sheets, 2, ZhCn.Text("template.instructions.sheet"), InstructionSheet.Create(year, columns));
        }

        return OpenXmlPackages.Normalised(stream.ToArray(), new DateTimeOffset(year, 9, 1, 0, 0, 0, TimeSpan.Zero));
    }

    private static void Add(WorkbookPart workbook, Sheets sheets, uint id, string name, Worksheet worksheet)
    {
        var part = workbook.AddNewPart<WorksheetPart>("rIdSheet" + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        part.Worksheet = worksheet;
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }
}
