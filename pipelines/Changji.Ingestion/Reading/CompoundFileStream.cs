using System.Buffers.Binary;
using System.Text;

namespace Changji.Ingestion.Reading;

/// <summary>
/// Reads one named stream of at least the mini-stream cutoff (4 096 bytes) out of an OLE compound file
/// ([MS-CFB]). Bounds-checked like <see cref="CompoundFile"/>: a chain that ends early yields the bytes
/// it reached; a directory too damaged to read, or a smaller stream, yields null.
/// </summary>
internal static class CompoundFileStream
{
    private const int DirectoryEntryBytes = 128;

    public static byte[]? Read(ReadOnlySpan<byte> bytes, params string[] names)
    {
        if (!CompoundFile.IsCompoundFile(bytes) || bytes.Length < 512 || BinaryPrimitives.ReadUInt16LittleEndian(bytes[30..]) is not (9 or 12))
        {
            return null;
        }
        var sectorSize = 1 << BinaryPrimitives.ReadUInt16LittleEndian(bytes[30..]);
        var sectorCount = (bytes.Length - 512 + sectorSize - 1) / sectorSize;
        var fat = CompoundFile.FatSectors(bytes, sectorSize, sectorCount);
        var directory = Chain(bytes, fat, sectorSize, sectorCount, BinaryPrimitives.ReadUInt32LittleEndian(bytes[48..]), long.MaxValue);
        (uint Start, long Size)? wanted = null;
        for (var entry = 0; entry + DirectoryEntryBytes <= directory.Length; entry += DirectoryEntryBytes)
        {
            var record = directory.AsSpan(entry, DirectoryEntryBytes);
            var length = BinaryPrimitives.ReadUInt16LittleEndian(record[64..]);
            if (length is < 2 or > 64)
            {
                continue;
            }
            var name = Encoding.Unicode.GetString(record[..(length - 2)]);
            var stream = (BinaryPrimitives.ReadUInt32LittleEndian(record[116..]), (long)BinaryPrimitives.ReadUInt32LittleEndian(record[120..]));
            wanted ??= names.Contains(name, StringComparer.OrdinalIgnoreCase) ? stream : null;
        }
        if (wanted is not { } found)
        {
            return null;
        }
        // A stream under the cutoff lives in the mini stream; a workbook that small is not worth a second reader here.
        var size = Math.Min(found.Size, bytes.Length);
        return size >= BinaryPrimitives.ReadUInt32LittleEndian(bytes[56..]) ? Chain(bytes, fat, sectorSize, sectorCount, found.Start, size) : null;
    }

    /// <summary>The sectors of a chain, at most <paramref name="size"/> bytes; a loop in a damaged file ends after every sector was visited once.</summary>
    private static byte[] Chain(ReadOnlySpan<byte> bytes, List<uint> fat, int sectorSize, int sectorCount, uint sector, long size)
    {
        using var output = new MemoryStream();
        for (var steps = 0; sector < sectorCount && steps <= sectorCount && output.Length < size; steps++)
        {
            var start = 512 + ((int)sector * sectorSize);
            var take = (int)Math.Min(Math.Min(sectorSize, size - output.Length), bytes.Length - start);
            output.Write(bytes.Slice(start, take));
            sector = CompoundFile.Next(bytes, fat, sectorSize, sector);
        }
        return output.ToArray();
    }
}
