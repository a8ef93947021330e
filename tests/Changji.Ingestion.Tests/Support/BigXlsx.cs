using System.IO.Compression;
using System.Security;
using System.Text;

namespace Changji.Ingestion.Tests.Support;

/// <summary>
/// Writes large xlsx packages row by row straight into the zip (nothing is built whole in memory):
/// a file of many rows, a zip bomb, a workbook with a huge shared-strings table.
/// </summary>
internal static class BigXlsx
{
    /// <summary>The header row, then <paramref name="rows"/> rows made by <paramref name="row"/> (0-based), cells as text or numbers.</summary>
    public static byte[] Write(IReadOnlyList<string> header, int rows, Func<int, IReadOnlyList<object?>> row,
        CompressionLevel level = CompressionLevel.Fastest, int sharedStrings = 0)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Text(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                </Types>
                """);
            Text(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>
                """);
            Text(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="学校基础数据" sheetId="1" r:id="rId1"/></sheets>
                </workbook>
                """);
            Text(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                </Relationships>
                """);
            using (var writer = Writer(zip, "xl/sharedStrings.xml", level))
            {
                writer.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{sharedStrings}" uniqueCount="{sharedStrings}">""");
                for (var i = 0; i < sharedStrings; i++)
                {
                    // Unique, poorly compressible strings: a real table, not a bomb.
                    writer.Write($"<si><t>{Guid.NewGuid():N}{i}</t></si>");
                }
                writer.Write("</sst>");
            }

            using (var writer = Writer(zip, "xl/worksheets/sheet1.xml", level))
            {
                writer.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
                Row(writer, 1, header.Cast<object?>().ToList());
                for (var r = 0; r < rows; r++)
                {
                    Row(writer, r + 2, row(r));
                }
                writer.Write("</sheetData></worksheet>");
            }
        }
        return stream.ToArray();
    }

    private static void Row(StreamWriter writer, int number, IReadOnlyList<object?> cells)
    {
        writer.Write("<row r=\"");
        writer.Write(number);
        writer.Write("\">");
        foreach (var cell in cells)
        {
            switch (cell)
            {
                case null: writer.Write("<c/>"); break;
                case string text: writer.Write($"<c t=\"inlineStr\"><is><t>{SecurityElement.Escape(text)}</t></is></c>"); break;
                default: writer.Write($"<c><v>{Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture)}</v></c>"); break;
            }
        }
        writer.Write("</row>");
    }

    private static StreamWriter Writer(ZipArchive zip, string name, CompressionLevel level) =>
        new(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false), 1 << 16);

    private static void Text(ZipArchive zip, string name, string content)
    {
        using var writer = Writer(zip, name, CompressionLevel.Optimal);
        writer.Write(content);
    }
}
