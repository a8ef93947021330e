using System.Buffers.Binary;
using System.Text;

namespace Changji.Ingestion.Tests.Support;

/// <summary>
/// Rewrites the uncompressed size an xlsx's zip declares for one entry — in its local header and its
/// central directory record — leaving the deflated data as it is: the package then lies about how
/// far that part expands, as a crafted zip bomb does.
/// </summary>
internal static class ZipSizeLie
{
    private const uint LocalHeader = 0x04034b50;
    private const uint CentralHeader = 0x02014b50;

    public static byte[] Declare(byte[] zip, string entry, uint uncompressed)
    {
        var bytes = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entry);
        var patched = 0;
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == LocalHeader && Named(bytes, i + 30, i + 26, name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), uncompressed);
                patched++;
            }
            else if (signature == CentralHeader && Named(bytes, i + 46, i + 28, name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), uncompressed);
                patched++;
            }
        }
        // Both records, or the test would not be testing a consistent lie.
        return patched == 2 ? bytes : throw new InvalidOperationException($"{entry}: {patched} headers patched");
    }

    private static bool Named(byte[] bytes, int nameAt, int lengthAt, byte[] name) =>
        BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(lengthAt)) == name.Length
        && nameAt + name.Length <= bytes.Length
        && bytes.AsSpan(nameAt, name.Length).SequenceEqual(name);
}
