using System.IO.Compression;

namespace Changji.Ingestion.Reading;

/// <summary>
/// What is wrong with an xlsx package's sizes, if anything. <paramref name="Counted"/> when the
/// excess was found by inflating (the part expands at least to <paramref name="Unpacked"/>, whatever
/// its header declares), false when the zip directory declared it.
/// </summary>
internal sealed record PackageExcess(string Part, long Unpacked, long Packed, bool RatioExceeded, bool Counted = false);

/// <summary>
/// Checks each part's size and compression ratio before the workbook is parsed, so a zip bomb (a
/// small file expanding to gigabytes) is refused unparsed: first the sizes the zip directory
/// declares, then the bytes each part really inflates to, counted while streaming through a fixed
/// buffer and stopped at the first limit crossed — a header that understates a part gains nothing.
/// </summary>
internal static class WorkbookPackage
{
    private const long RatioFloorBytes = 1024 * 1024;
    private const int Stored = 0;
    private const int Deflated = 8;

    /// <summary>The first part over a limit, or null when the package is within them.</summary>
    /// <param name="package">A seekable stream of the package, read where needed and left open.</param>
    public static PackageExcess? Check(Stream package, IngestionOptions options) =>
        CheckDeclared(package, options) ?? CheckInflated(package, options);

    private static PackageExcess? CheckDeclared(Stream package, IngestionOptions options)
    {
        package.Position = 0;
        using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (Excess(entry.FullName, entry.Length, entry.CompressedLength, total, options, counted: false) is { } excess)
            {
                return excess;
            }
        }
        return null;
    }

    private static PackageExcess? CheckInflated(Stream package, IngestionOptions options)
    {
        // A directory .NET reads but this does not is left to .NET, whose inflater stops at the declared size.
        if (ZipDirectory.Read(package) is not { } entries)
        {
            return null;
        }
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in entries)
        {
            var excess = entry.Method switch
            {
                Stored => Excess(entry.Name, entry.PackedLength, entry.PackedLength, total += entry.PackedLength, options, counted: true),
                Deflated => Inflate(package, entry, buffer, ref total, options),
                // Deflate64 is inflated by .NET only up to the declared size; other methods it refuses.
                _ => null,
            };
            if (excess is not null)
            {
                return excess;
            }
        }
        return null;
    }

    private static PackageExcess? Inflate(Stream package, ZipEntryData entry, byte[] buffer, ref long total, IngestionOptions options)
    {
        package.Position = entry.DataOffset;
        using var inflater = new DeflateStream(new StreamWindow(package, entry.PackedLength), CompressionMode.Decompress);
        long unpacked = 0;
        int read;
        while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
        {
            unpacked += read;
            total += read;
            if (Excess(entry.Name, unpacked, entry.PackedLength, total, options, counted: true) is { } excess)
            {
                return excess;
            }
        }
        return null;
    }

    private static PackageExcess? Excess(string part, long unpacked, long packed, long total, IngestionOptions options, bool counted)
    {
        var ratioExceeded = unpacked > RatioFloorBytes && unpacked > (long)options.MaxCompressionRatio * Math.Max(1, packed);
        return unpacked > options.MaxUnpackedPartBytes || total > options.MaxUnpackedTotalBytes || ratioExceeded
            ? new PackageExcess(part, unpacked, packed, ratioExceeded, counted)
            : null;
    }
}
