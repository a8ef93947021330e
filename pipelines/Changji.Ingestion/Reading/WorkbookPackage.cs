using System.IO.Compression;

namespace Changji.Ingestion.Reading;

/// <summary>What is wrong with an xlsx package's sizes, if anything, read from its zip directory before any part is parsed.</summary>
internal sealed record PackageExcess(string Part, long Unpacked, long Packed, bool RatioExceeded);

/// <summary>
/// Checks each part's declared size and compression ratio before the workbook is parsed, so a zip
/// bomb (a small file expanding to gigabytes) is refused unopened. The declared size is also what
/// .NET's inflater stops at, so a part cannot expand past it while being read.
/// </summary>
internal static class WorkbookPackage
{
    private const long RatioFloorBytes = 1024 * 1024;

    /// <summary>The first part over a limit, or null when the package is within them.</summary>
    public static PackageExcess? Check(byte[] bytes, IngestionOptions options)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            var ratioExceeded = entry.Length > RatioFloorBytes && entry.Length > (long)options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength);
            if (entry.Length > options.MaxUnpackedPartBytes || total > options.MaxUnpackedTotalBytes || ratioExceeded)
            {
                return new PackageExcess(entry.FullName, entry.Length, entry.CompressedLength, ratioExceeded);
            }
        }
        return null;
    }
}
