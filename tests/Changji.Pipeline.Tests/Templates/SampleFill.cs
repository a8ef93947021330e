using System.Globalization;
using Changji.Evaluation.Facts;
using Changji.Ingestion;
using Changji.Ingestion.Header;
using Changji.Pipeline.Templates;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Pipeline.Tests.Templates;

/// <summary>Writes accepted facts into a template's data sheet as a steward would type them.</summary>
internal static class SampleFill
{
    public static IngestedFile Sample(FileKind kind) => Directory.GetFiles(Path.Combine(RepoRoot.Samples, "2024"))
        .Select(path =>
        {
            using var stream = File.OpenRead(path);
            return FileIngestor.Read(stream, "2024/" + Path.GetFileName(path), 2024);
        })
        .Single(f => f.Kind == kind);

    public static byte[] Fill(byte[] template, FileKind kind, IReadOnlyList<object> facts)
    {
        var columns = StewardColumns.Of(kind);
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
            var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
            for (var r = 0; r < facts.Count; r++)
            {
                var number = (uint)r + 2;
                var row = data.Elements<Row>().FirstOrDefault(x => x.RowIndex! == number) ?? data.AppendChild(new Row { RowIndex = number });
                var cells = row.Elements<Cell>().ToDictionary(c => c.CellReference!.Value!, c => (Cell)c.CloneNode(true));
                for (var i = 0; i < columns.Count; i++)
                {
                    var reference = TemplateCells.Reference(i + 1, number);
                    if (!cells.ContainsKey(reference) && Value(facts[r], columns[i].Key) is { } value)
                    {
                        cells[reference] = TemplateCells.Value(i + 1, number, value);
                    }
                }

                row.RemoveAllChildren();
                row.Append(columns.Select((_, i) => TemplateCells.Reference(i + 1, number)).Where(cells.ContainsKey).Select(c => cells[c]));
            }
        }

        return stream.ToArray();
    }

    /// <summary>The cell a steward types for one column, in the unit of the template's header.</summary>
    private static object? Value(object fact, string key) => (fact, key) switch
    {
        (SchoolStatistics s, "equipment_value") => s.EquipmentValueYuan is { } yuan ? (decimal)yuan / 10_000m : null,
        (SchoolStatistics s, "school_type") => s.SchoolType.ToChinese(),
        (SchoolStatistics s, "urban_rural") => s.UrbanRural.ToChinese(),
        (SchoolStatistics s, "sponsor") => s.Sponsor.ToChinese(),
        (CountyFigure f, "value") => (object?)f.Subject ?? (f.Judgement is { } yes ? (yes ? "是" : "否") : f.Number is { } n ? (decimal)n : null),
        _ => Property(fact, key),
    };

    private static object? Property(object fact, string key)
    {
        var name = string.Concat(key.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        var value = fact.GetType().GetProperty(name)?.GetValue(fact);
        return value is double d ? (decimal)d : value is IFormattable f and not int ? f.ToString(null, CultureInfo.InvariantCulture) : value;
    }
}
