using System.Text;

namespace Changji.SampleGenerator.Output;

/// <summary>The byte forms stewards' CSV files arrive in (docs/input-files.md: UTF-8 with or without BOM, GB18030/GBK).</summary>
public sealed record CsvEncoding(string Label, Encoding Encoding, bool Bom, string NewLine)
{
    static CsvEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A script or database export: UTF-8, no BOM, LF.</summary>
    public static CsvEncoding Utf8 => new("UTF-8", new UTF8Encoding(false), false, "\n");

    /// <summary>Excel's 「CSV UTF-8」: BOM and CRLF.</summary>
    public static CsvEncoding Utf8Bom => new("UTF-8 BOM", new UTF8Encoding(false), true, "\r\n");

    /// <summary>Excel or WPS on a Chinese Windows saving plain 「CSV」: GB18030, CRLF.</summary>
    public static CsvEncoding Gb18030 => new("GB18030", Encoding.GetEncoding("GB18030"), false, "\r\n");
}
