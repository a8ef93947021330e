using System.IO.Compression;
using System.Security;
using System.Text;

namespace Changji.Ingestion.Tests.Support;

/// <summary>
/// A cell of hand-written SpreadsheetML: text, a number, or a formula with the value Excel cached
/// for it (MiniExcel cannot write formulas, so the formula test builds its package by hand).
/// </summary>
internal abstract record RawCell
{
    public sealed record Text(string Value) : RawCell;
    public sealed record Number(double Value) : RawCell;
    public sealed record Formula(string Expression, string CachedText) : RawCell;
    public sealed record NumericFormula(string Expression, double Cached) : RawCell;
    /// <summary>A number shown with Excel's built-in percent format (numFmtId 10, "0.00%").</summary>
    public sealed record Percent(double Value) : RawCell;
    /// <summary>A number shown with Excel's built-in date format (numFmtId 14): what a date-formatted cell holds.</summary>
    public sealed record Date(double Serial) : RawCell;
    /// <summary>An Excel boolean (TRUE / FALSE).</summary>
    public sealed record Boolean(bool Value) : RawCell;
    /// <summary>A cell with formatting but no value, as exports leave below the data.</summary>
    public sealed record Styled : RawCell;
}

/// <summary>Writes a minimal but valid xlsx package with System.IO.Compression.</summary>
internal static class RawXlsx
{
    public static byte[] Write(string sheetName, IReadOnlyList<IReadOnlyList<RawCell?>> rows)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                </Types>
                """);
            Entry(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>
                """);
            Entry(zip, "xl/workbook.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="{SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets>
                </workbook>
                """);
            Entry(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                </Relationships>
                """);
            Entry(zip, "xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
                <fills count="1"><fill><patternFill patternType="none"/></fill></fills>
                <borders count="1"><border/></borders>
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
                <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
                </styleSheet>
                """);
            Entry(zip, "xl/worksheets/sheet1.xml", Sheet(rows));
        }
        return stream.ToArray();
    }

    private static string Sheet(IReadOnlyList<IReadOnlyList<RawCell?>> rows)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (var r = 0; r < rows.Count; r++)
        {
            xml.Append($"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (rows[r][c] is { } cell)
                {
                    xml.Append(Cell($"{ColumnName(c)}{r + 1}", cell));
                }
            }
            xml.Append("</row>");
        }
        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private static string Cell(string reference, RawCell cell) => cell switch
    {
        RawCell.Text t => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(t.Value)}</t></is></c>",
        RawCell.Number n => $"<c r=\"{reference}\"><v>{n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>",
        RawCell.Formula f => $"<c r=\"{reference}\" t=\"str\"><f>{SecurityElement.Escape(f.Expression)}</f><v>{SecurityElement.Escape(f.CachedText)}</v></c>",
        RawCell.Percent p => $"<c r=\"{reference}\" s=\"1\"><v>{p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>",
        RawCell.Date d => $"<c r=\"{reference}\" s=\"2\"><v>{d.Serial.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>",
        RawCell.Boolean b => $"<c r=\"{reference}\" t=\"b\"><v>{(b.Value ? 1 : 0)}</v></c>",
        RawCell.Styled => $"<c r=\"{reference}\" s=\"1\"/>",
        RawCell.NumericFormula f => $"<c r=\"{reference}\"><f>{SecurityElement.Escape(f.Expression)}</f><v>{f.Cached.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>",
        _ => throw new ArgumentOutOfRangeException(nameof(cell)),
    };

    private static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    /// <summary>Turns a sample table into raw cells so single cells can be swapped for formulas.</summary>
    public static List<List<RawCell?>> FromTable(Table table)
    {
        var rows = new List<List<RawCell?>> { table.Headers.Select(h => (RawCell?)new RawCell.Text(h)).ToList() };
        foreach (var row in table.Rows)
        {
            rows.Add(row.Select(v => v switch
            {
                null => null,
                string s => (RawCell?)new RawCell.Text(s),
                _ => new RawCell.Number(Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture)),
            }).ToList());
        }
        return rows;
    }
}
