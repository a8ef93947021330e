using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using MiniExcelLibs;

namespace Changji.SampleGenerator.Output;

/// <summary>
/// Writes a table as an xlsx workbook with MiniExcel, then makes the bytes reproducible: MiniExcel
/// stamps every zip entry with the current time and names the sheet relationship with a fresh Guid,
/// so both are replaced (fixed timestamp, sequential relationship ids).
/// </summary>
public static partial class XlsxTableWriter
{
    private static readonly DateTimeOffset FixedTimestamp = new(2025, 9, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(Table table, string sheetName)
    {
        using var raw = new MemoryStream();
        raw.SaveAs(ToDictionaries(table), sheetName: sheetName);
        raw.Position = 0;
        return Normalise(raw);
    }

    private static List<Dictionary<string, object?>> ToDictionaries(Table table) =>
        table.Rows.Select(row => table.Header.Zip(row).ToDictionary(p => p.First, p => p.Second)).ToList();

    private static byte[] Normalise(Stream xlsx)
    {
        using var source = new ZipArchive(xlsx, ZipArchiveMode.Read);
        var entries = source.Entries.Select(e => (e.FullName, Bytes: ReadAll(e))).ToList();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                var entry = target.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTimestamp;
                using var stream = entry.Open();
                stream.Write(name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal)
                    ? StableIds(bytes, ids)
                    : bytes);
            }
        }

        return output.ToArray();
    }

    private static byte[] StableIds(byte[] xml, Dictionary<string, string> ids)
    {
        var text = Encoding.UTF8.GetString(xml);
        var stable = GuidId().Replace(text, m =>
        {
            if (!ids.TryGetValue(m.Value, out var id))
            {
                id = $"rIdSample{ids.Count + 1}";
                ids[m.Value] = id;
            }

            return id;
        });
        return Encoding.UTF8.GetBytes(stable);
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [GeneratedRegex("R[0-9a-f]{32}")]
    private static partial Regex GuidId();
}
