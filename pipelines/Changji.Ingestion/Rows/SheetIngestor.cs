namespace Changji.Ingestion;

/// <summary>
/// Reads one sheet or CSV forward: header, then each data row checked on its own, then the
/// file-level verdicts (no rows, mixed years). A row's problem rejects that row; a file's, the file.
/// </summary>
internal static class SheetIngestor
{
    public static IngestedFile Ingest(IRowSource source, int? folderYear, FindingSink sink)
    {
        sink.Sheet = source.Sheet;
        var header = ReadHeader(source);
        if (header is null)
        {
            sink.FileError(FindingCodes.EmptyFile, null, null, null, "没有任何内容", "应包含表头行和至少一行数据");
            return Outcome.Rejected(sink, null, folderYear);
        }
        var map = HeaderResolver.Resolve(header, source.RowNumber, sink);
        if (map is null) return Outcome.Rejected(sink, null, folderYear);

        var rows = new KindRows(map.Kind);
        var years = new YearTracker(folderYear);
        var row = new RowValues(map, sink);
        var firstRows = new Dictionary<string, int>(StringComparer.Ordinal);
        var rowsRead = 0;
        while (source.Next())
        {
            if (source.IsBlankRow()) continue;
            rowsRead++;
            row.Load(source);
            var year = row.Integer("year", required: true);
            years.Observe(row, year);
            var fact = rows.Read(row, year.GetValueOrDefault());
            CheckUnique(row, rows, firstRows);
            if (fact is not null && !row.HasError) rows.Add(fact);
        }
        if (rowsRead == 0)
        {
            sink.FileError(FindingCodes.NoDataRows, null, null, null, "只有表头，没有数据行", "表头下应至少有一行数据");
        }
        years.Report(sink);
        return sink.HasFileError
            ? Outcome.Rejected(sink, map.Kind, years.Year, rowsRead)
            : Outcome.Accepted(sink, map.Kind, years.Year, rowsRead, rows);
    }

    private static List<string>? ReadHeader(IRowSource source)
    {
        while (source.Next())
        {
            if (source.IsBlankRow()) continue;
            var header = new List<string>(source.Count);
            for (var i = 0; i < source.Count; i++) header.Add(source[i].Text.Trim());
            return header;
        }
        return null;
    }

    private static void CheckUnique(RowValues row, KindRows rows, Dictionary<string, int> firstRows)
    {
        if (row.Key is not string key) return;
        if (!firstRows.TryGetValue(key, out var first))
        {
            firstRows[key] = row.Row;
            return;
        }
        var (code, column, name) = rows.Uniqueness;
        row.Error(code, column, row.Raw(column).Text, $"与第 {first} 行重复", $"同一文件中{name}应唯一（首次出现在第 {first} 行）");
    }
}
