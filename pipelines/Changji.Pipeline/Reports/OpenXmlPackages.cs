using System.IO.Compression;

namespace Changji.Pipeline.Reports;

/// <summary>
/// Open XML packages (DOCX, XLSX) made byte-for-byte reproducible: the SDK stamps zip entries with the current time,
/// so without this a document written again from the same content would differ and be rewritten.
/// </summary>
internal static class OpenXmlPackages
{
    /// <summary>The same package with every zip entry in name order and stamped with <paramref name="stamp"/>.</summary>
    public static byte[] Normalised(byte[] package, DateTimeOffset stamp)
    {
        var time = new DateTimeOffset(Math.Max(stamp.UtcDateTime.Year, 1980), stamp.UtcDateTime.Month, stamp.UtcDateTime.Day, stamp.UtcDateTime.Hour, stamp.UtcDateTime.Minute, stamp.UtcDateTime.Second, TimeSpan.Zero);
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = time;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
