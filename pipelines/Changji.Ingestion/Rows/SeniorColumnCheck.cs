using Changji.Evaluation.Facts;
using Changji.Ingestion.Findings;
using Changji.Text;

namespace Changji.Ingestion.Rows;

/// <summary>
/// 高中在校生数 is an optional column, but a 完全中学 or 十二年一贯制学校 cannot be split between its
/// levels without it. A file that leaves the column out while listing such schools is rejected with
/// one finding naming the column and how many schools need it, not one finding per row
/// (docs/input-files.md §1).
/// </summary>
internal sealed class SeniorColumnCheck
{
    private readonly SortedSet<SchoolType> types = [];
    private int schools;
    private int firstRow;
    private string? label;

    public void Observe(RowValues row, SchoolType type)
    {
        if (schools == 0)
        {
            firstRow = row.Row;
            label = row.Label("senior_students");
        }
        schools++;
        types.Add(type);
    }

    public void Report(FindingSink sink)
    {
        if (schools == 0)
        {
            return;
        }

        var typeNames = string.Join("、", types.Select(t => t.ToChinese()));
        sink.FileError(FindingCodes.MissingColumn, null, label, null,
            ZhCn.Format("finding.missing_senior_column.problem", ("count", schools), ("types", typeNames), ("row", firstRow)),
            ZhCn.Format("finding.missing_senior_column.expected", ("types", typeNames), ("column", label)));
    }
}
