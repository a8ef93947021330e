using System.IO.Compression;
using System.Security;
using System.Text;

namespace Changji.Ingestion.Tests.Support;

/// <summary>
/// Hand-made hostile files for the fuzz corpus: each a shape real uploads (or an attacker) produce
/// that mutation of a valid file rarely reaches — a huge cell, deep nesting, dangling string indexes.
/// </summary>
internal static class HostileShapes
{
    /// <summary>
    /// A statistics xlsx whose first school's 学校名称 cell holds <paramref name="chars"/> characters of
    /// varied Chinese text: large, but compressing like text, not like a bomb.
    /// </summary>
    public static byte[] HugeCell(int chars)
    {
        var random = new Random(10);
        var text = new StringBuilder(chars);
        for (var i = 0; i < chars; i++)
        {
            text.Append((char)random.Next(0x4E00, 0x9FA5));
        }
        return WithNameCell(xml => xml.Replace(Marker, SecurityElement.Escape(text.ToString()), StringComparison.Ordinal));
    }

    /// <summary>A statistics xlsx whose first school's 学校名称 is rich text nested <paramref name="depth"/> runs deep.</summary>
    public static byte[] DeeplyNested(int depth)
    {
        var open = string.Concat(Enumerable.Repeat("<r>", depth));
        var close = string.Concat(Enumerable.Repeat("</r>", depth));
        return WithNameCell(xml => xml.Replace($"<t>{Marker}</t>", $"{open}<t>昌吉市第一小学</t>{close}", StringComparison.Ordinal));
    }

    private const string Marker = "NAME-CELL";

    private static byte[] WithNameCell(Func<string, string> edit)
    {
        var rows = RawXlsx.FromTable(Samples.Statistics());
        rows[1][Samples.StatisticsHeaders.ToList().IndexOf("学校名称")] = new RawCell.Text(Marker);
        return ReplaceSheet(RawXlsx.Write("学校基础数据", rows), edit);
    }

    /// <summary>
    /// The committed .xls with its Workbook stream declared <paramref name="length"/> bytes long in the
    /// compound file's directory: the BIFF records end wherever that cuts them, mid-record included.
    /// </summary>
    public static byte[] XlsWorkbookCut(int length)
    {
        var bytes = Fixtures.Bytes("学校基础数据-2024.xls");
        var entry = bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("Workbook"));
        // A directory entry's stream size is at byte 120; below 4 096 bytes a stream would move to the mini stream.
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(entry + 120), (uint)Math.Max(4096, length));
        return bytes;
    }

    /// <summary>A statistics sheet whose header is inline but whose rows' text cells point at shared strings 1 000 000 and up, past a table of one string.</summary>
    public static byte[] DanglingSharedStrings()
    {
        var table = Samples.Statistics();
        var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        var index = 1_000_000;
        sheet.Append("<row r=\"1\">");
        foreach (var header in table.Headers)
        {
            sheet.Append($"<c t=\"inlineStr\"><is><t>{SecurityElement.Escape(header)}</t></is></c>");
        }
        sheet.Append("</row>");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            sheet.Append($"<row r=\"{r + 2}\">");
            foreach (var value in table.Rows[r])
            {
                sheet.Append(value switch
                {
                    null => "<c/>",
                    string => $"<c t=\"s\"><v>{index++}</v></c>",
                    _ => $"<c><v>{Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}</v></c>",
                });
            }
            sheet.Append("</row>");
        }
        sheet.Append("</sheetData></worksheet>");
        var withTable = BigXlsx.Write(table.Headers, 0, _ => [], sharedStrings: 1);
        return ReplaceSheet(withTable, _ => sheet.ToString());
    }

    /// <summary>A statistics CSV (UTF-8) with a NUL byte in the middle of the first school's name.</summary>
    public static byte[] CsvWithNul()
    {
        var bytes = Samples.Statistics().ToUtf8Csv().ToList();
        var at = bytes.IndexOf((byte)'\n') + 20;
        bytes.Insert(at, 0);
        return [.. bytes];
    }

    private static byte[] ReplaceSheet(byte[] xlsx, Func<string, string> sheet)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
                {
                    using var reader = new StreamReader(from);
                    var bytes = new UTF8Encoding(false).GetBytes(sheet(reader.ReadToEnd()));
                    to.Write(bytes);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }
        return output.ToArray();
    }
}
