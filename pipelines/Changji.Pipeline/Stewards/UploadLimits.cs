using Changji.Ingestion;

namespace Changji.Pipeline.Stewards;

/// <summary>
/// What the server accepts from the stewards' page, whatever the page itself checked: the size limit
/// of every file (setting <c>MaxFileBytes</c>), the extensions the pipeline reads (docs/input-files.md)
/// and the content types browsers send for them.
/// </summary>
public sealed record UploadLimits(long MaxFileBytes, IReadOnlyList<string> Extensions, IReadOnlyList<string> ContentTypes)
{
    /// <summary>
    /// Browsers name a CSV <c>text/csv</c>, <c>application/vnd.ms-excel</c> (Windows with Excel),
    /// <c>text/plain</c> or <c>application/octet-stream</c>; the bytes are checked besides (<see cref="UploadCheck"/>).
    /// </summary>
    private static readonly string[] Types =
    [
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.ms-excel.sheet.macroenabled.12",
        "application/vnd.ms-excel",
        "text/csv",
        "application/csv",
        "text/plain",
        "application/octet-stream",
    ];

    public static UploadLimits For(IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new UploadLimits(options.MaxFileBytes, [".xlsx", ".xlsm", ".xls", ".csv"], Types);
    }
}
