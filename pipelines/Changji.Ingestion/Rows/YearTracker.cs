using Changji.Text;

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
        var against = _expectedFromRow is int row
            ? ZhCn.Format("finding.year_mismatch.against_row", ("row", row), ("year", _expected))
            : ZhCn.Format("finding.year_mismatch.against_folder", ("year", _expected));
        sink.FileError(FindingCodes.YearMismatch, first.Row, first.Label, first.Value,
            ZhCn.Format("finding.year_mismatch.problem", ("against", against), ("count", _mismatches)),
            ZhCn.Format("finding.year_mismatch.expected", ("year", _expected)));
    }
}
