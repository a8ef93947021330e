using Changji.Ingestion.Findings;
using Changji.Ingestion.Header;
using Changji.Ingestion.Reading;
using Changji.Text;

namespace Changji.Ingestion.Rows;

/// <summary>
/// Reads one sheet or CSV forward: header, then each data row checked on its own, then the
/// file-level verdicts (no rows, mixed years). A row's problem rejects that row; a file's, the file.
/// </summary>
internal static class SheetIngestor
{
    public static IngestedFile Ingest(IRowSource source, int? folderYear, FindingSink sink, int maxRows = int.MaxValue, string? homeCounty = null)
    {
        var result = new SheetResult();
        foreach (var _ in Read(source, folderYear, sink, maxRows, homeCounty, int.MaxValue, result))
        {
            // Never reached: no chunk is handed over below int.MaxValue rows.
        }

        return result.File!;
    }

    /// <summary>
    /// Reads the sheet as <see cref="Ingest"/> does, handing over each full chunk of <paramref name="chunkRows"/>
    /// accepted rows as it fills (then the rows start again), so no more than a chunk is held. At the end
    /// <paramref name="result"/> holds the file's outcome and the rows not handed over.
    /// </summary>
    public static IEnumerable<RowChunk> Read(IRowSource source, int? folderYear, FindingSink sink, int maxRows, string? homeCounty, int chunkRows, SheetResult result)
    {
        sink.Sheet = source.Sheet;
        var header = ReadHeader(source, sink);
        if (header is null)
        {
            sink.FileError(FindingCodes.EmptyFile, null, null, null, ZhCn.Text("finding.empty_file.no_content.problem"), ZhCn.Text("finding.empty_file.expected"));
            result.File = Outcome.Rejected(sink, null, folderYear);
            yield break;
        }
        var map = HeaderResolver.Resolve(header.Value.Cells, header.Value.Row, sink);
        if (map is null)
        {
            result.File = Outcome.Rejected(sink, null, folderYear);
            yield break;
        }

        var rows = new KindRows(map.Kind);
        var years = new YearTracker(folderYear);
        var row = new RowValues(map, sink);
        var acceptedRows = new Dictionary<string, int>(StringComparer.Ordinal);
        // Each key once, in first-read order: a file repeating one school on every row holds one key, not one a row.
        var readKeys = new List<string>();
        var seenKeys = new HashSet<string>(StringComparer.Ordinal);
        var rowsRead = 0;
        while (source.Next())
        {
            if (source.IsBlankRow())
            {
                continue;
            }

            row.Load(source);
            if (TotalRow.Is(row, rows.Uniqueness.KeyKey))
            {
                sink.Warning(FindingCodes.TotalRowSkipped, row.Row, null, null, ZhCn.Text("finding.total_row_skipped.problem"), ZhCn.Text("finding.total_row_skipped.expected"));
                continue;
            }
            if (rowsRead == maxRows)
            {
                // Checked while streaming: the rest of the file is never read.
                sink.FileError(FindingCodes.TooManyRows, row.Row, null, null, ZhCn.Format("finding.too_many_rows.problem", ("max", maxRows)),
                    ZhCn.Format("finding.too_many_rows.expected", ("max", maxRows)));
                result.File = Outcome.Rejected(sink, map.Kind, years.Year, rowsRead, readKeys);
                yield break;
            }

            rowsRead++;
            var year = row.SchoolYear();
            years.Observe(row, year);
            var fact = rows.Read(row, year.GetValueOrDefault(), RowCounty.Read(row, homeCounty));
            CheckUnique(row, rows, acceptedRows);
            if (row.Key is string read && seenKeys.Add(read))
            {
                readKeys.Add(read);
            }

            if (fact is not null && !row.HasError)
            {
                if (rows.Count == chunkRows)
                {
                    yield return rows.TakeChunk();
                }

                rows.Add(fact);
                if (row.Key is string key)
                {
                    acceptedRows[key] = row.Row;
                }
            }
        }
        if (rowsRead == 0)
        {
            sink.FileError(FindingCodes.NoDataRows, null, null, null, ZhCn.Text("finding.no_data_rows.problem"), ZhCn.Text("finding.no_data_rows.expected"));
        }
        rows.SeniorColumn.Report(sink);
        years.Report(sink);
        result.Rows = rows;
        result.File = sink.HasFileError
            ? Outcome.Rejected(sink, map.Kind, years.Year, rowsRead, readKeys)
            : Outcome.Accepted(sink, map.Kind, years.Year, rowsRead, rows, [.. readKeys.Where(k => !acceptedRows.ContainsKey(k))]);
    }

    /// <summary>Exports often put a title (「2024年学校基础数据统计表」) or a note above the header.</summary>
    private const int MaxTitleRows = 5;

    /// <summary>
    /// The header is the first non-blank row that reads as one, within the first few; rows above it
    /// are skipped with a warning. When none does, the first non-blank row is returned, so the
    /// steward is told that the header there is not recognised (and the file is rejected).
    /// </summary>
    private static (List<string> Cells, int Row)? ReadHeader(IRowSource source, FindingSink sink)
    {
        var skipped = new List<(List<string> Cells, int Row)>();
        while (source.Next())
        {
            if (source.IsBlankRow())
            {
                continue;
            }

            var cells = new List<string>(source.Count);
            for (var i = 0; i < source.Count; i++)
            {
                cells.Add(source[i].Text.Trim());
            }

            if (HeaderResolver.LooksLikeHeader(cells))
            {
                foreach (var (title, row) in skipped)
                {
                    sink.Warning(FindingCodes.TitleRowSkipped, row, null, string.Join(" ", title.Where(c => c.Length > 0)),
                        ZhCn.Text("finding.title_row_skipped.problem"), ZhCn.Text("finding.title_row_skipped.expected"));
                }
                return (cells, source.RowNumber);
            }
            skipped.Add((cells, source.RowNumber));
            if (skipped.Count > MaxTitleRows)
            {
                break;
            }
        }
        return skipped.Count > 0 ? skipped[0] : null;
    }

    /// <summary>
    /// A key is taken only by a row that was accepted: a row rejected for another reason (a negative
    /// count) does not make the steward's corrected copy of it further down a duplicate
    /// (docs/input-files.md §1, unique in the file).
    /// </summary>
    private static void CheckUnique(RowValues row, KindRows rows, Dictionary<string, int> acceptedRows)
    {
        if (row.Key is not string key || !acceptedRows.TryGetValue(key, out var first))
        {
            return;
        }

        var (code, column, name) = rows.Uniqueness;
        row.Error(code, column, row.Raw(column).Text, ZhCn.Format("finding.duplicate_row.problem", ("first", first)),
            ZhCn.Format("finding.duplicate_row.expected", ("name", name), ("first", first)));
    }
}
