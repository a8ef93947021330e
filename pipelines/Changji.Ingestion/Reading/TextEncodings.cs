using System.Text;

namespace Changji.Ingestion.Reading;

/// <summary>The encodings a steward CSV may arrive in, decoded strictly so a wrong guess shows.</summary>
internal static class TextEncodings
{
    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        EnsureRegistered();
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Gb18030 => StrictGb18030.Value;

    /// <summary>GB18030 and the code pages ExcelDataReader asks for live in the built-in provider.</summary>
    public static void EnsureRegistered() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
