using System.Buffers.Binary;

namespace Changji.Ingestion.Reading;

/// <summary>Where one zip entry's data lies in the package, as its central directory record and local header place it.</summary>
internal sealed record ZipEntryData(string Name, int Method, long DataOffset, long PackedLength);

/// <summary>
/// Reads a zip's central directory just far enough to find each entry's compressed data, so the
/// inflation can be counted independently of the sizes the headers declare. Null when the
/// directory is not where or what it should be; then .NET's own reader decides.
/// </summary>
internal static class ZipDirectory
{
    private const uint EndSignature = 0x06054b50;
    private const uint CentralSignature = 0x02014b50;
    private const uint LocalSignature = 0x04034b50;
    private const int EndLength = 22;
    private const uint Zip64Marker = uint.MaxValue;

    public static IReadOnlyList<ZipEntryData>? Read(ReadOnlySpan<byte> zip)
    {
        var end = FindEnd(zip);
        if (end < 0)
        {
            return null;
        }
        var count = BinaryPrimitives.ReadUInt16LittleEndian(zip[(end + 10)..]);
        long at = BinaryPrimitives.ReadUInt32LittleEndian(zip[(end + 16)..]);
        var entries = new List<ZipEntryData>(count);
        for (var i = 0; i < count; i++)
        {
            if (at < 0 || at + 46 > zip.Length || BinaryPrimitives.ReadUInt32LittleEndian(zip[(int)at..]) != CentralSignature)
            {
                return null;
            }
            var record = zip[(int)at..];
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(record[28..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(record[30..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(record[32..]);
            if (46 + nameLength + extraLength > record.Length)
            {
                return null;
            }
            var entry = Entry(zip, record, nameLength);
            if (entry is null)
            {
                return null;
            }
            entries.Add(entry);
            at += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    private static ZipEntryData? Entry(ReadOnlySpan<byte> zip, ReadOnlySpan<byte> record, int nameLength)
    {
        var name = System.Text.Encoding.UTF8.GetString(record.Slice(46, nameLength));
        long packed = BinaryPrimitives.ReadUInt32LittleEndian(record[20..]);
        long local = BinaryPrimitives.ReadUInt32LittleEndian(record[42..]);
        if (packed == Zip64Marker || local == Zip64Marker)
        {
            // A package under the file limit needs no zip64; declaring it is not ours to untangle here.
            return null;
        }
        if (local + 30 > zip.Length || BinaryPrimitives.ReadUInt32LittleEndian(zip[(int)local..]) != LocalSignature)
        {
            return null;
        }
        var header = zip[(int)local..];
        var data = local + 30 + BinaryPrimitives.ReadUInt16LittleEndian(header[26..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
        var method = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
        return data > zip.Length ? null : new ZipEntryData(name, method, data, Math.Min(packed, zip.Length - data));
    }

    private static int FindEnd(ReadOnlySpan<byte> zip)
    {
        // The end record sits in the last 22 bytes plus at most a 65 535-byte comment.
        var floor = Math.Max(0, zip.Length - EndLength - ushort.MaxValue);
        for (var i = zip.Length - EndLength; i >= floor; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[i..]) == EndSignature)
            {
                return i;
            }
        }
        return -1;
    }
}
