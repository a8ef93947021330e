namespace Changji.Ingestion.Reading;

internal enum FileFormat
{
    Unsupported,
    /// <summary>Office Open XML workbook (a zip): .xlsx, .xlsm.</summary>
    OpenXml,
    /// <summary>Excel 97-2003 BIFF in an OLE compound file: .xls (and WPS .et, if the reader copes).</summary>
    Biff,
    Csv,
    /// <summary>An OLE compound file carrying an encrypted package: a workbook with an opening password.</summary>
    Encrypted,
}

/// <summary>
/// The format of a file: the bytes decide between the workbook formats (an xlsx saved under a .csv
/// or .xls name is still an xlsx), the extension decides whether a workbook is expected at all.
/// </summary>
internal static class FileFormats
{
    private static readonly string[] WorkbookExtensions = [".xlsx", ".xlsm", ".xls", ".et"];

    public static FileFormat Detect(string fileName, ReadOnlySpan<byte> bytes)
    {
        // Whatever the name, a password-protected workbook can only be refused as such.
        if (CompoundFile.IsCompoundFile(bytes) && CompoundFile.HasEncryptedPackage(bytes))
        {
            return FileFormat.Encrypted;
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var workbook = WorkbookExtensions.Contains(extension);
        if (!workbook && extension != ".csv")
        {
            return FileFormat.Unsupported;
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return FileFormat.OpenXml;
        }

        if (CompoundFile.IsCompoundFile(bytes))
        {
            return FileFormat.Biff;
        }

        // A workbook name on bytes that are neither: the reader of that name reports it unreadable.
        return extension switch
        {
            ".csv" => FileFormat.Csv,
            ".xlsx" or ".xlsm" => FileFormat.OpenXml,
            ".xls" => FileFormat.Biff,
            _ => FileFormat.Unsupported,
        };
    }

    /// <summary>WPS's own format: read when it is BIFF inside, otherwise the steward is asked to save it as xlsx or xls.</summary>
    public static bool IsWps(string fileName) => Path.GetExtension(fileName).Equals(".et", StringComparison.OrdinalIgnoreCase);
}
