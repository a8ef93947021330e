using System.Text;
using System.Text.Unicode;

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

    public static DetectedEncoding Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            var body = bytes[Utf8Bom.Length..];
            if (Utf8.IsValid(body) && !body.Contains((byte)0))
            {
                return new(TextEncodings.StrictUtf8, Utf8Bom.Length, null);
            }
            // A UTF-8 BOM over GBK text: never guess which part is right (a mix would read as mojibake), but say so.
            var gbkBody = !body.Contains((byte)0) && IsValid(body, TextEncodings.Gb18030);
            return new(null, 0, FirstBadLine(body, TextEncodings.StrictUtf8), gbkBody);
        }
        if (bytes.Contains((byte)0))
        {
            return new(null, 0, LineOf(bytes, bytes.IndexOf((byte)0)));
        }

        if (Utf8.IsValid(bytes))
        {
            return new(TextEncodings.StrictUtf8, 0, null);
        }

        if (IsValid(bytes, TextEncodings.Gb18030))
        {
            return new(TextEncodings.Gb18030, 0, null);
        }
        // The encoding that reads further is the one the file was meant to be in; point at where it breaks.
        var badLine = Math.Max(FirstBadLine(bytes, TextEncodings.StrictUtf8), FirstBadLine(bytes, TextEncodings.Gb18030));
        return new(null, 0, badLine);
    }

    private static bool IsValid(ReadOnlySpan<byte> bytes, Encoding strict)
    {
        try
        {
            strict.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    // '\n' is never part of a multi-byte sequence in UTF-8 or GB18030, so lines can be checked alone.
    private static int FirstBadLine(ReadOnlySpan<byte> bytes, Encoding strict)
    {
        var line = 1;
        while (true)
        {
            var end = bytes.IndexOf((byte)'\n');
            var current = end < 0 ? bytes : bytes[..end];
            if (current.Contains((byte)0) || !IsValid(current, strict))
            {
                return line;
            }

            if (end < 0)
            {
                return line;
            }

            bytes = bytes[(end + 1)..];
            line++;
        }
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}
