using System.Text;

namespace Changji.Ingestion.Tests.Support;

/// <summary>Runs the ingestor on bytes the way the pipeline will: a stream, a name, the folder's year.</summary>
internal static class Ingest
{
    static Ingest() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gbk => Named("GB18030");

    /// <summary>A legacy code page (GB18030, Big5…), available once the provider is registered.</summary>
    public static Encoding Named(string name) => Encoding.GetEncoding(name);

    public static IngestedFile Bytes(byte[] bytes, string fileName, int? folderYear = Samples.Year, IngestionOptions? options = null)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return FileIngestor.Read(stream, fileName, folderYear, options);
    }

    public static IngestedFile Xlsx(Table table, string sheet = "Sheet1") => Bytes(table.ToXlsx(sheet), "2024/data.xlsx");

    public static IngestedFile Csv(Table table) => Bytes(table.ToUtf8Csv(), "2024/data.csv");
}
