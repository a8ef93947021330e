namespace Changji.Ingestion;

/// <summary>
/// Every row must name the folder's 学年 (or, with no folder year, the first row's): a file mixing
/// years is rejected whole, reported once at the first row that differs.
/// </summary>
internal sealed class YearTracker(int? folderYear)
{
    private int? _expected = folderYear;
    private int? _expectedFromRow;
    private int _mismatches;
    private (int Row, string Label, string Value)? _first;

    public int? Year => _expected;

    public void Observe(RowValues row, int? year)
    {
        if (year is not int seen) return;
        if (_expected is null)
        {
            _expected = seen;
            _expectedFromRow = row.Row;
            return;
        }
        if (seen == _expected) return;
        _mismatches++;
        _first ??= (row.Row, row.Label("year"), row.Raw("year").Text);
    }

    public void Report(FindingSink sink)
    {
        if (_first is not { } first) return;
        var against = _expectedFromRow is int row ? $"本文件第 {row} 行的学年 {_expected}" : $"所在文件夹的学年 {_expected}";
        sink.FileError(FindingCodes.YearMismatch, first.Row, first.Label, first.Value,
            $"与{against} 不符（共 {_mismatches} 行不符）",
            $"文件中每一行的学年都应为 {_expected}，否则整个文件被拒收");
    }
}
