namespace Changji.Ingestion;

/// <summary>The Chinese wording of why a cell is not the number expected, naming Excel's cell format when that is the cause.</summary>
internal static class NotANumberProblem
{
    public static string Of(Cell cell) => cell.Origin switch
    {
        CellOrigin.ExcelDate => "是日期格式的单元格，不是数（请把单元格格式改为「常规」或「数值」后重新填写）",
        CellOrigin.ExcelBoolean => "是逻辑值（TRUE/FALSE），不是数",
        _ => "无效",
    };

    /// <summary>A number that parses but is too large to convert to the canonical unit.</summary>
    public const string TooLarge = "过大，超出可换算的范围";
}
