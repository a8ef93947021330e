using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Benchmarks;

/// <summary>
/// Issue 16's worst case: one 学校基础数据 sheet of N distinct schools, each row failing validation
/// (a negative 小学教学班数). Written with OpenXmlWriter straight into a zip entry of a write-only file, so the package is
/// zipped as it is written and nothing is held whole in memory: 550 000 rows give a 10 MiB xlsx of 288 MB sheet XML
/// (the file: 19 MB of 240 MB; the cell references Excel writes would make this one 30 MiB, over the file limit).
/// </summary>
public static class WorstCaseXlsx
{
    /// <summary>The statistics columns a header must have (and the two 最大班额), as IngestionBenchmarks writes them.</summary>
    private static readonly string[] Header =
    [
        "学年", "学校标识码", "学校名称", "办学类型", "城乡分类", "举办者", "小学在校生数", "初中在校生数",
        "小学教学班数", "初中教学班数", "小学最大班额", "初中最大班额", "小学专任教师数", "初中专任教师数",
    ];

    public static void Write(string path, int rows)
    {
        // The SDK's package cannot be write-only (read-write zips in update mode: every part in memory until
        // closed), so the zip is written in create mode and OpenXmlWriter streams the sheet into its entry.
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
        foreach (var (name, xml) in Boilerplate)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        using var sheet = OpenXmlWriter.Create(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open(), Encoding.UTF8);
        sheet.WriteStartDocument(true);
        sheet.WriteStartElement(new Worksheet());
        sheet.WriteStartElement(new SheetData());
        WriteRow(sheet, 1, Header);
        var random = new Random(16);
        for (var i = 0; i < rows; i++)
        {
            // Figures vary from school to school, as a real sheet's do (they decide how well it compresses);
            // the negative 小学教学班数 fails every row.
            var students = random.Next(100, 2_000);
            object?[] row =
            [
                2024, (6_523_000_000L + i).ToString(CultureInfo.InvariantCulture), "昌吉市第" + (i + 1).ToString(CultureInfo.InvariantCulture) + "小学",
                "小学", Urban[random.Next(Urban.Length)], "公办", students, 0, -random.Next(1, 40), 0, random.Next(30, 56), null,
                students / random.Next(12, 20), 0,
            ];
            WriteRow(sheet, i + 2, row);
        }
        sheet.WriteEndElement();
        sheet.WriteEndElement();
        sheet.Close();
    }

    private static readonly (string Name, string Xml)[] Boilerplate =
    [
        ("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            </Types>
            """),
        ("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>
            """),
        ("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="学校基础数据" sheetId="1" r:id="rId1"/></sheets>
            </workbook>
            """),
        ("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            </Relationships>
            """),
    ];

    private static readonly string[] Urban = ["城区", "镇区", "乡村"];

    private static void WriteRow(OpenXmlWriter writer, int number, IReadOnlyList<object?> cells)
    {
        // Row numbers but no cell references (both optional in SpreadsheetML): keeps the package near the 19 MB.
        writer.WriteStartElement(new Row { RowIndex = (uint)number });
        foreach (var cell in cells)
        {
            writer.WriteElement(cell switch
            {
                null => new Cell(),
                string text => new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text))) { DataType = CellValues.InlineString },
                var value => new Cell(new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!)),
            });
        }
        writer.WriteEndElement();
    }
}
