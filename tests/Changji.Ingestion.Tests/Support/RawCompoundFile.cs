using System.Buffers.Binary;
using System.Text;

namespace Changji.Ingestion.Tests.Support;

/// <summary>
/// Writes a minimal OLE compound file ([MS-CFB] version 3, 512-byte sectors) whose directory names
/// the given streams, each holding a few bytes: enough to look like what Excel writes for a workbook
/// with an opening password (streams EncryptionInfo and EncryptedPackage).
/// </summary>
internal static class RawCompoundFile
{
    private const uint Free = 0xFFFFFFFF;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;

    public static byte[] Write(params string[] streams)
    {
        // Sector 0: the FAT; sectors 1–2: the directory (4 entries each); then one sector per stream.
        var directorySectors = 2;
        var file = new byte[512 * (2 + directorySectors + streams.Length)];
        var header = file.AsSpan(0, 512);
        header.Fill(0);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + (4 * i))..], i == 0 ? 0 : Free);
        }

        var fat = file.AsSpan(512, 512);
        for (var i = 0; i < 128; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * i)..], Free);
        }
        BinaryPrimitives.WriteUInt32LittleEndian(fat, FatSector);
        BinaryPrimitives.WriteUInt32LittleEndian(fat[4..], 2);
        BinaryPrimitives.WriteUInt32LittleEndian(fat[8..], EndOfChain);

        var names = new[] { "Root Entry" }.Concat(streams).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            var dataSector = 2 + i;
            if (i > 0)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * dataSector)..], EndOfChain);
                file[512 * (1 + dataSector)] = 0x42;
            }

            var entry = file.AsSpan(1024 + (128 * i), 128);
            var name = Encoding.Unicode.GetBytes(names[i]);
            name.CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)(name.Length + 2));
            entry[66] = (byte)(i == 0 ? 5 : 2);
            entry[67] = 1;
            BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], Free);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], i > 0 && i + 1 < names.Length ? (uint)(i + 1) : Free);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], i == 0 && names.Length > 1 ? 1 : Free);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], i == 0 ? EndOfChain : (uint)dataSector);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[120..], i == 0 ? 0u : 1u);
        }
        return file;
    }
}
