namespace Changji.SampleGenerator.Output;

/// <summary>Writes a table as CSV bytes in the given encoding.</summary>
public static class CsvTableWriter
{
    public static byte[] Write(Table table, CsvEncoding encoding)
    {
        var lines = new[] { table.Header.Select(h => (object?)h).ToList() }
            .Concat(table.Rows)
            .Select(row => string.Join(",", row.Select(cell => CellText.Quoted(CellText.Of(cell)))));
        var text = string.Concat(lines.Select(line => line + encoding.NewLine));
        var body = encoding.Encoding.GetBytes(text);
        return encoding.Bom ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }
}
