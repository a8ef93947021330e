using Changji.Ingestion;
using Changji.Pipeline.Templates;
using Changji.Text;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Pipeline.Returns;

/// <summary>问题汇总: which file, what to do, what the colours mean, then every finding (row, column, value, message, severity).</summary>
internal static class SummarySheet
{
    private const uint TableHeaderRow = 5;

    /// <summary>About 35 Chinese characters a line: a message wraps onto a few lines, and the sheet still prints legibly one page wide.</summary>
    private const double MessageWidth = 70;

    public static Worksheet Create(string fileName, string dataSheet, IReadOnlyList<Finding> findings)
    {
        var data = new SheetData(
            TemplateCells.Row(1, [TemplateCells.Value(1, 1, ZhCn.Format("annotated.summary.title", ("file", fileName)), ReturnStyles.Title)]),
            TemplateCells.Row(2, [TemplateCells.Value(1, 2, ZhCn.Format("annotated.summary.todo", ("sheet", dataSheet)))]),
            TemplateCells.Row(3, [TemplateCells.Value(1, 3, ZhCn.Text("annotated.summary.legend"))]),
            TemplateCells.Row(TableHeaderRow, Headers().Select((text, i) => TemplateCells.Value(i + 1, TableHeaderRow, text, ReturnStyles.Header))));
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            var number = TableHeaderRow + 1 + (uint)i;
            var row = data.AppendChild(TemplateCells.Row(number, Line(f)
                .Select((value, c) => (value, c))
                .Where(x => x.value is not null)
                .Select(x => TemplateCells.Value(x.c + 1, number, x.value!, x.c == 3 ? ReturnStyles.Wrapped : StyleOf(x.c, f)))));
            row.Height = MessageLines.Height(f.MessageZh, MessageWidth);
        }

        return new Worksheet(
            ReturnPrint.FitToPage(),
            FrozenRows.Through(TableHeaderRow, opensFirst: true),
            new Columns(Width(1, 8), Width(2, 22), Width(3, 18), Width(4, MessageWidth), Width(5, 10)),
            data,
            ReturnPrint.Margins(),
            ReturnPrint.Setup());
    }

    /// <summary>The validation report's own column names, so the two read alike.</summary>
    private static string[] Headers() =>
    [
        ZhCn.Text("report.validation.column.row"), ZhCn.Text("report.validation.column.column"), ZhCn.Text("report.validation.column.value"),
        ZhCn.Text("report.validation.column.message"), ZhCn.Text("report.validation.column.severity"),
    ];

    private static object?[] Line(Finding f) => [f.Row, f.Column, CopyValue.Typed(f.Value), f.MessageZh, f.Severity.ToChinese()];

    /// <summary>The severity cell carries the colour its cells have in the copy; every cell sits at the top beside a wrapped message.</summary>
    private static uint StyleOf(int column, Finding f) =>
        column == 4 ? (f.Severity == Severity.Error ? ReturnStyles.ErrorCellTop : ReturnStyles.WarningCellTop) : ReturnStyles.Top;

    private static Column Width(uint index, double width) => new() { Min = index, Max = index, Width = width, CustomWidth = true };
}
