using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Changji.Ingestion.Tests.Support;

/// <summary>A steward's sheet as the test means it: a header and rows, written out as real xlsx or csv bytes.</summary>
internal sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows)
{
    /// <summary>Sets one cell; <paramref name="row"/> is the sheet row number (header = 1).</summary>
    public Table With(int row, string header, object? value)
    {
        var column = Column(header);
        var rows = Rows.Select(r => (object?[])r.Clone()).ToList();
        rows[row - 2][column] = value;
        return this with { Rows = rows };
    }

    public Table WithRow(params object?[] row) => this with { Rows = [.. Rows, row] };

    public Table Rename(string header, string newHeader) =>
        this with { Headers = Headers.Select(h => h == header ? newHeader : h).ToList() };

    public Table Renamed(Func<string, string> rename) => this with { Headers = Headers.Select(rename).ToList() };

    /// <summary>Columns in a new order, keeping each cell with its header.</summary>
    public Table Reordered(IReadOnlyList<int> order) => new(
        order.Select(i => Headers[i]).ToList(),
        Rows.Select(r => order.Select(i => r[i]).ToArray()).ToList());

    public Table WithoutColumn(string header)
    {
        var column = Column(header);
        return new(Headers.Where((_, i) => i != column).ToList(),
            Rows.Select(r => r.Where((_, i) => i != column).ToArray()).ToList());
    }

    public byte[] ToXlsx(string sheet = "Sheet1")
    {
        using var stream = new MemoryStream();
        stream.SaveAs(ToSheet(), sheetName: sheet);
        return stream.ToArray();
    }

    /// <summary>A workbook whose first sheet is something else (an instructions page), to test sheet choice.</summary>
    public byte[] ToXlsxAfter(string firstSheet, string sheet)
    {
        var sheets = new Dictionary<string, object>
        {
            [firstSheet] = new List<Dictionary<string, object?>> { new() { ["填表说明"] = "请按模板填写" } },
            [sheet] = ToSheet(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    public byte[] ToCsv(Encoding encoding, bool bom = false)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(",", Headers.Select(Quote)));
        foreach (var row in Rows)
        {
            text.AppendLine(string.Join(",", row.Select(v => Quote(Format(v)))));
        }

        var body = encoding.GetBytes(text.ToString());
        return bom ? [.. encoding.GetPreamble(), .. body] : body;
    }

    public byte[] ToUtf8Csv(bool bom = false) => ToCsv(new UTF8Encoding(bom), bom);

    private List<Dictionary<string, object?>> ToSheet() => Rows
        .Select(r => Headers.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2))
        .ToList();

    private int Column(string header)
    {
        var column = Headers.ToList().IndexOf(header);
        return column >= 0 ? column : throw new ArgumentException($"no column {header}", nameof(header));
    }

    private static string Format(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
