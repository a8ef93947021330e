using System.Buffers;
using System.Text;

namespace Changji.Ingestion.Reading;

/// <summary>The encoding of a CSV as found, or the 1-based line where no accepted encoding fits.</summary>
internal sealed record DetectedEncoding(Encoding? Encoding, int PreambleLength, int? BadLine, bool BomOverGb18030 = false)
{
    public bool IsValid => Encoding is not null;
}

/// <summary>
/// UTF-8 (BOM or strictly valid) first, else GB18030 (Chinese office exports), else reject.
/// A UTF-16 file or binary data has NUL bytes, which neither accepted encoding produces in a CSV.
/// </summary>
internal static class CsvEncodingDetector
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private const int BlockBytes = 64 * 1024;

    /// <summary>
    /// Reads the seekable stream forward in blocks, line by line, never whole: once for UTF-8 (and NUL bytes),
    /// once more for GB18030 only when UTF-8 does not fit. A file is valid in an encoding exactly when each of its
    /// lines is, since '\n' is never part of a multi-byte sequence in UTF-8 or GB18030.
    /// </summary>
    public static DetectedEncoding Detect(Stream stream)
    {
        Span<byte> head = stackalloc byte[Utf8Bom.Length];
        stream.Position = 0;
        var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (head[..headLength].SequenceEqual(Utf8Bom))
        {
            var utf8 = Scan(stream, Utf8Bom.Length, TextEncodings.StrictUtf8);
            if (utf8.BadLine is null)
            {
                return new(TextEncodings.StrictUtf8, Utf8Bom.Length, null);
            }
            // A UTF-8 BOM over GBK text: never guess which part is right (a mix would read as mojibake), but say so.
            var gbkBody = Scan(stream, Utf8Bom.Length, TextEncodings.Gb18030).BadLine is null;
            return new(null, 0, utf8.BadLine, gbkBody);
        }

        var first = Scan(stream, 0, TextEncodings.StrictUtf8);
        if (first.NulLine is { } nul)
        {
            return new(null, 0, nul);
        }

        if (first.BadLine is null)
        {
            return new(TextEncodings.StrictUtf8, 0, null);
        }

        var gb = Scan(stream, 0, TextEncodings.Gb18030);
        if (gb.BadLine is not { } gbBad)
        {
            return new(TextEncodings.Gb18030, 0, null);
        }
        // The encoding that reads further is the one the file was meant to be in; point at where it breaks.
        return new(null, 0, Math.Max(first.BadLine.Value, gbBad));
    }

    /// <summary>
    /// The first line holding a NUL byte, and the first line that is not valid text in the encoding (a NUL makes
    /// a line invalid too), counted from <paramref name="from"/>; null where there is none.
    /// </summary>
    private static (int? NulLine, int? BadLine) Scan(Stream stream, long from, Encoding strict)
    {
        stream.Position = from;
        var decoder = strict.GetDecoder();
        var bytes = ArrayPool<byte>.Shared.Rent(BlockBytes);
        var chars = ArrayPool<char>.Shared.Rent(strict.GetMaxCharCount(BlockBytes));
        try
        {
            int? nul = null, bad = null;
            var line = 1;
            var lineBad = false;
            int read;
            while (nul is null && (read = stream.Read(bytes, 0, BlockBytes)) > 0)
            {
                var block = bytes.AsSpan(0, read);
                while (true)
                {
                    var end = block.IndexOf((byte)'\n');
                    var part = end < 0 ? block : block[..end];
                    if (nul is null && part.Contains((byte)0))
                    {
                        nul = line;
                        lineBad = true;
                    }
                    else if (!lineBad && bad is null && !Decodes(decoder, part, chars, flush: end >= 0))
                    {
                        lineBad = true;
                    }

                    if (end < 0)
                    {
                        break;
                    }

                    bad ??= lineBad ? line : null;
                    decoder.Reset();
                    lineBad = false;
                    line++;
                    block = block[(end + 1)..];
                }
            }

            if (nul is null && !lineBad && bad is null && !Decodes(decoder, [], chars, flush: true))
            {
                lineBad = true;
            }

            bad ??= lineBad ? line : null;
            return (nul, bad);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static bool Decodes(Decoder decoder, ReadOnlySpan<byte> bytes, char[] chars, bool flush)
    {
        try
        {
            do
            {
                decoder.Convert(bytes, chars, flush, out var used, out _, out _);
                bytes = bytes[used..];
            }
            while (!bytes.IsEmpty);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
