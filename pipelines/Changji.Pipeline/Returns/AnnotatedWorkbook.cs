using Changji.Ingestion;
using Changji.Pipeline.Reports;
using Changji.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Pipeline.Returns;

/// <summary>
/// The workbook of an annotated return: 问题汇总 first, then the steward's rows. Fixed relationship ids
/// and zip entry times from the stamp, so the same file received at the same time gives the same bytes.
/// </summary>
internal static class AnnotatedWorkbook
{
    private const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /// <param name="textOnly">The rows come from a CSV (every cell text).</param>
    public static byte[] Write(string fileName, string dataSheet, IEnumerable<StewardSheetRow> rows, bool textOnly, IReadOnlyList<Finding> findings, DateTimeOffset stamp)
    {
        using var raw = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(raw, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddNewPart<WorkbookPart>(WorkbookType, "rId1");
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = ReturnStyles.Create();
            var summary = workbook.AddNewPart<WorksheetPart>("rIdSummary");
            summary.Worksheet = SummarySheet.Create(fileName, dataSheet, findings);
            var copy = workbook.AddNewPart<WorksheetPart>("rIdCopy");
            var notes = CopySheet.Write(copy, rows, findings, textOnly);
            if (notes.Count > 0)
            {
                CellComments.Add(copy, notes);
            }

            workbook.Workbook.AppendChild(new Sheets(
                new Sheet { Id = "rIdSummary", SheetId = 1, Name = ZhCn.Text("annotated.summary.sheet") },
                new Sheet { Id = "rIdCopy", SheetId = 2, Name = dataSheet }));
        }

        return OpenXmlPackages.Normalised(raw.ToArray(), stamp);
    }
}
