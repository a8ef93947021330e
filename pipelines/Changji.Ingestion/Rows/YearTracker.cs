using Changji.Ingestion.Findings;
using Changji.Text;

namespace Changji.Ingestion.Rows;

/// <summary>
/// Every row must name the folder's 学年 (or, with no folder year, the first row's): a file mixing
/// years is rejected whole, reported once at the first row that differs.
/// </summary>
internal sealed class YearTracker(int? folderYear)
{
    private int? expectedYear = folderYear;
    private int? expectedFromRow;
    private int mismatches;
    private (int Row, string Label, string Value)? firstMismatch;

    public int? Year => expectedYear;

    public void Observe(RowValues row, int? year)
    {
        if (year is not int seen)
        {
            return;
        }

        if (expectedYear is null)
        {
            expectedYear = seen;
            expectedFromRow = row.Row;
            return;
        }
        if (seen == expectedYear)
        {
            return;
        }

        mismatches++;
        firstMismatch ??= (row.Row, row.Label("year"), row.Raw("year").Text);
    }

    public void Report(FindingSink sink)
    {
        if (firstMismatch is not { } first)
        {
            return;
        }

        var against = expectedFromRow is int row
            ? ZhCn.Format("finding.year_mismatch.against_row", ("row", row), ("year", expectedYear))
            : ZhCn.Format("finding.year_mismatch.against_folder", ("year", expectedYear));
        sink.FileError(FindingCodes.YearMismatch, first.Row, first.Label, first.Value,
            ZhCn.Format("finding.year_mismatch.problem", ("against", against), ("count", mismatches)),
            ZhCn.Format("finding.year_mismatch.expected", ("year", expectedYear)));
    }
}
