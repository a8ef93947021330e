using Changji.Text;

namespace Changji.Ingestion;

/// <summary>Output codes of <see cref="FileKind"/> and by code their Chinese names.</summary>
public static class FileKindCodes
{
    public static CodeMap<FileKind> Map { get; } = new("file_kind",
        (FileKind.Statistics, "statistics"), (FileKind.Funding, "funding"), (FileKind.County, "county"));

    public static string ToCode(this FileKind kind) => Map.Code(kind);

    public static string ToChinese(this FileKind kind) => Map.Label(kind);

    /// <summary>A file whose header matched no kind reads as 未识别.</summary>
    public static string ToChinese(this FileKind? kind) => kind is { } known ? known.ToChinese() : ZhCn.Text("file_kind.unrecognised");
}
