using System.Buffers.Binary;
using System.Text;

namespace Changji.Ingestion.Reading;

/// <summary>
/// Just enough of the OLE compound file format ([MS-CFB]) to list its stream names: an encrypted
/// Office workbook is a compound file holding the streams <c>EncryptionInfo</c> and
/// <c>EncryptedPackage</c>, whatever the file is called. Every read is bounds-checked: a damaged
/// file answers "not encrypted" and is left to the reader to refuse.
/// </summary>
internal static class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const int HeaderDifatEntries = 109;
    private const int DirectoryEntryBytes = 128;

    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool IsCompoundFile(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Signature);

    public static bool HasEncryptedPackage(ReadOnlySpan<byte> bytes)
    {
        var names = StreamNames(bytes);
        return names.Contains("EncryptedPackage", StringComparer.OrdinalIgnoreCase)
            || names.Contains("EncryptionInfo", StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The names in the directory; empty when the file is too damaged to tell.</summary>
    public static IReadOnlyList<string> StreamNames(ReadOnlySpan<byte> bytes)
    {
        if (!IsCompoundFile(bytes) || bytes.Length < 512)
        {
            return [];
        }

        var shift = BinaryPrimitives.ReadUInt16LittleEndian(bytes[30..]);
        if (shift is not (9 or 12))
        {
            return [];
        }

        var sectorSize = 1 << shift;
        var sectorCount = (bytes.Length - 512 + sectorSize - 1) / sectorSize;
        var fat = FatSectors(bytes, sectorSize, sectorCount);
        var names = new List<string>();
        var sector = BinaryPrimitives.ReadUInt32LittleEndian(bytes[48..]);
        // A chain visits each sector at most once; a loop in a damaged file must not spin forever.
        for (var steps = 0; sector < sectorCount && steps <= sectorCount; steps++)
        {
            var start = 512 + ((int)sector * sectorSize);
            for (var entry = start; entry + DirectoryEntryBytes <= Math.Min(start + sectorSize, bytes.Length); entry += DirectoryEntryBytes)
            {
                var length = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(entry + 64)..]);
                if (length is >= 2 and <= 64 && bytes[entry + 66] != 0)
                {
                    names.Add(Encoding.Unicode.GetString(bytes.Slice(entry, length - 2)));
                }
            }
            sector = Next(bytes, fat, sectorSize, sector);
        }
        return names;
    }

    internal static List<uint> FatSectors(ReadOnlySpan<byte> bytes, int sectorSize, int sectorCount)
    {
        var fat = new List<uint>();
        for (var i = 0; i < HeaderDifatEntries; i++)
        {
            fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(bytes[(76 + (4 * i))..]));
        }

        var difat = BinaryPrimitives.ReadUInt32LittleEndian(bytes[68..]);
        for (var steps = 0; difat < sectorCount && steps <= sectorCount; steps++)
        {
            var start = 512 + ((int)difat * sectorSize);
            if (start + sectorSize > bytes.Length)
            {
                break;
            }

            for (var i = 0; i < (sectorSize / 4) - 1; i++)
            {
                fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(bytes[(start + (4 * i))..]));
            }
            difat = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(start + sectorSize - 4)..]);
        }
        return fat;
    }

    internal static uint Next(ReadOnlySpan<byte> bytes, List<uint> fat, int sectorSize, uint sector)
    {
        var perSector = sectorSize / 4;
        var index = (int)(sector / (uint)perSector);
        if (index >= fat.Count)
        {
            return EndOfChain;
        }

        var at = 512L + ((long)fat[index] * sectorSize) + (4 * (sector % (uint)perSector));
        return fat[index] >= EndOfChain - 3 || at + 4 > bytes.Length ? EndOfChain : BinaryPrimitives.ReadUInt32LittleEndian(bytes[(int)at..]);
    }
}
