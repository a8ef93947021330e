using System.Buffers.Binary;

namespace Changji.Ingestion.Reading;

/// <summary>
/// Whether an Excel 97-2003 workbook stream was cut short. ExcelDataReader stops quietly where the
/// records end, so a file truncated in transit would otherwise pass as a complete workbook with
/// fewer rows. Every substream (globals, each sheet) opens with a BOF record and closes with an EOF
/// record; a stream that ends inside a record, or before every BOF is closed, is incomplete.
/// </summary>
internal static class BiffStream
{
    private const ushort Eof = 0x000A;
    private static readonly ushort[] Bofs = [0x0009, 0x0209, 0x0409, 0x0809];

    public static bool IsCut(ReadOnlySpan<byte> workbook)
    {
        var open = 0;
        var at = 0;
        while (at + 4 <= workbook.Length)
        {
            var type = BinaryPrimitives.ReadUInt16LittleEndian(workbook[at..]);
            var length = BinaryPrimitives.ReadUInt16LittleEndian(workbook[(at + 2)..]);
            if (at + 4 + length > workbook.Length)
            {
                // Inside a substream this is a record cut in two; after the last EOF, padding some writers leave.
                return open > 0;
            }
            open = Bofs.Contains(type) ? open + 1 : type == Eof ? Math.Max(0, open - 1) : open;
            at += 4 + length;
        }
        return open > 0;
    }
}
