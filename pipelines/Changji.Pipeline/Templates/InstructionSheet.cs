using Changji.Ingestion.Header;
using Changji.Text;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Pipeline.Templates;

/// <summary>填报说明: one row per column of the data sheet — its header, meaning (the catalogue's <c>column_description</c>), unit, whether required, and the rule.</summary>
internal static class InstructionSheet
{
    public static Worksheet Create(int year, IReadOnlyList<StewardColumn> columns)
    {
        string[] headers =
        [
            ZhCn.Text("template.instructions.column"), ZhCn.Text("template.instructions.meaning"), ZhCn.Text("template.instructions.unit"),
            ZhCn.Text("template.instructions.required"), ZhCn.Text("template.instructions.rule"),
        ];
        var data = new SheetData(TemplateCells.Row(1, headers.Select((h, i) => TemplateCells.Value(i + 1, 1, h, TemplateStyles.Header))));
        for (var r = 0; r < columns.Count; r++)
        {
            var c = columns[r];
            var number = (uint)r + 2;
            string[] cells =
            [
                c.Header, c.Description, c.Unit ?? string.Empty,
                ZhCn.Text(c.Required ? "template.required.yes" : "template.required.no"), Rule(c, year),
            ];
            data.AppendChild(TemplateCells.Row(number, cells.Select((v, i) => TemplateCells.Value(i + 1, number, v))));
        }

        var view = DataSheet.FrozenHeader();
        view.GetFirstChild<SheetView>()!.TabSelected = false;
        return new Worksheet(view, new Columns(new Column { Min = 1, Max = 5, Width = 36, CustomWidth = true }), data);
    }

    private static string Rule(StewardColumn column, int year) => column switch
    {
        { Key: "year" } => ZhCn.Format("template.rule.year", ("year", year), ("next", year + 1)),
        { Key: "school_code" } => ZhCn.Text("template.rule.school_code"),
        { Value: StewardValue.Choice } => ZhCn.Format("template.rule.choice", ("choices", string.Join("、", column.Choices))),
        { Value: StewardValue.WholeNumber } => ZhCn.Text("template.rule.whole_number"),
        { Value: StewardValue.Amount } => ZhCn.Text("template.rule.amount"),
        _ => ZhCn.Text("template.rule.text"),
    };
}
