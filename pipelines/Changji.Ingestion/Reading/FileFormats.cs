namespace Changji.Ingestion.Reading;

internal enum FileFormat
{
    Unsupported,
    Xlsx,
    Csv,
}

/// <summary>The format of a file from its extension, with the zip signature trumping a ".csv" label.</summary>
internal static class FileFormats
{
    public static FileFormat Detect(string fileName, ReadOnlySpan<byte> bytes)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".xlsx" => FileFormat.Xlsx,
            // An xlsx saved under a .csv name is still an xlsx: read what the bytes are.
            ".csv" when bytes.StartsWith("PK\u0003\u0004"u8) => FileFormat.Xlsx,
            ".csv" => FileFormat.Csv,
            _ => FileFormat.Unsupported,
        };
    }
}
