using Changji.Ingestion.Header;
using Changji.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Pipeline.Templates;

/// <summary>One template workbook: the data sheet, named as the kind so the ingestion picks it, then 填报说明.</summary>
internal static class TemplateWorkbook
{
    public static byte[] Write(string sheetName, int year, IReadOnlyList<StewardColumn> columns, IReadOnlyList<IReadOnlyDictionary<string, object>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = TemplateStyles.Create();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            Add(workbook, sheets, 1, sheetName, DataSheet.Create(columns, rows));
            Add(workbook, sheets, 2, ZhCn.Text("template.instructions.sheet"), InstructionSheet.Create(year, columns));
        }

        return stream.ToArray();
    }

    private static void Add(WorkbookPart workbook, Sheets sheets, uint id, string name, Worksheet worksheet)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }
}
