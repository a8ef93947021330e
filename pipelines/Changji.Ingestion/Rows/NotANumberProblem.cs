using Changji.Ingestion.Reading;
using Changji.Text;

namespace Changji.Ingestion.Rows;

/// <summary>The Chinese wording of why a cell is not the number expected, naming Excel's cell format when that is the cause.</summary>
internal static class NotANumberProblem
{
    public static string Of(Cell cell) => cell.Origin switch
    {
        CellOrigin.ExcelDate => ZhCn.Text("finding.problem.not_a_number.date"),
        CellOrigin.ExcelBoolean => ZhCn.Text("finding.problem.not_a_number.boolean"),
        _ => ZhCn.Text("finding.problem.invalid"),
    };

    /// <summary>A number that parses but is too large to convert to the canonical unit.</summary>
    public static string TooLarge => ZhCn.Text("finding.problem.not_a_number.too_large");
}
