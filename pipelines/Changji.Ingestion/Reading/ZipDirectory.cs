using System.Buffers.Binary;

namespace Changji.Ingestion.Reading;

/// <summary>Where one zip entry's data lies in the package, as its central directory record and local header place it.</summary>
internal sealed record ZipEntryData(string Name, int Method, long DataOffset, long PackedLength);

/// <summary>
/// Reads a zip's central directory just far enough to find each entry's compressed data, so the
/// inflation can be counted independently of the sizes the headers declare. Null when the
/// directory is not where or what it should be; then .NET's own reader decides. It reads the stream at the
/// offsets the directory gives, so a package is never held whole.
/// </summary>
internal static class ZipDirectory
{
    private const uint EndSignature = 0x06054b50;
    private const uint CentralSignature = 0x02014b50;
    private const uint LocalSignature = 0x04034b50;
    private const int EndLength = 22;
    private const uint Zip64Marker = uint.MaxValue;

    /// <summary>The entries of the zip in a seekable stream, read from its directory and local headers only (never the whole package).</summary>
    public static IReadOnlyList<ZipEntryData>? Read(Stream zip)
    {
        var length = zip.Length;
        var tailLength = (int)Math.Min(length, EndLength + ushort.MaxValue);
        var tail = ReadAt(zip, length - tailLength, tailLength);
        var endInTail = FindEnd(tail);
        if (endInTail < 0)
        {
            return null;
        }
        var end = tail.AsSpan(endInTail);
        var count = BinaryPrimitives.ReadUInt16LittleEndian(end[10..]);
        long at = BinaryPrimitives.ReadUInt32LittleEndian(end[16..]);
        var entries = new List<ZipEntryData>(count);
        for (var i = 0; i < count; i++)
        {
            if (at < 0 || at + 46 > length || BinaryPrimitives.ReadUInt32LittleEndian(ReadAt(zip, at, 4)) != CentralSignature)
            {
                return null;
            }
            var fixedPart = ReadAt(zip, at, 46);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(fixedPart.AsSpan(28));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(fixedPart.AsSpan(30));
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(fixedPart.AsSpan(32));
            if (at + 46 + nameLength + extraLength > length)
            {
                return null;
            }
            var entry = Entry(zip, ReadAt(zip, at, 46 + nameLength), nameLength);
            if (entry is null)
            {
                return null;
            }
            entries.Add(entry);
            at += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    private static ZipEntryData? Entry(Stream zip, ReadOnlySpan<byte> record, int nameLength)
    {
        var name = System.Text.Encoding.UTF8.GetString(record.Slice(46, nameLength));
        long packed = BinaryPrimitives.ReadUInt32LittleEndian(record[20..]);
        long local = BinaryPrimitives.ReadUInt32LittleEndian(record[42..]);
        if (packed == Zip64Marker || local == Zip64Marker)
        {
            // A package under the file limit needs no zip64; declaring it is not ours to untangle here.
            return null;
        }
        var length = zip.Length;
        if (local + 30 > length)
        {
            return null;
        }
        var header = ReadAt(zip, local, 30);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != LocalSignature)
        {
            return null;
        }
        var data = local + 30 + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28));
        var method = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
        return data > length ? null : new ZipEntryData(name, method, data, Math.Min(packed, length - data));
    }

    private static byte[] ReadAt(Stream zip, long offset, int count)
    {
        zip.Position = offset;
        var bytes = new byte[count];
        zip.ReadExactly(bytes);
        return bytes;
    }

    private static int FindEnd(ReadOnlySpan<byte> tail)
    {
        // The end record sits in the last 22 bytes plus at most a 65 535-byte comment: the tail read.
        for (var i = tail.Length - EndLength; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail[i..]) == EndSignature)
            {
                return i;
            }
        }
        return -1;
    }
}
