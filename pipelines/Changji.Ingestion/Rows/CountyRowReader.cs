using Changji.Evaluation.Facts;

namespace Changji.Ingestion;

/// <summary>Reads and checks one row of 县级指标数据 (input-files.md §3).</summary>
internal static class CountyRowReader
{
    public static CountyFigure? Read(RowValues row, int year)
    {
        var codeText = row.Text("code", required: true);
        var note = row.Text("note", required: false);
        if (codeText is null) return null;
        if (!CountyCodeCatalogue.TryFind(codeText, out var code, out var kind))
        {
            row.Error(FindingCodes.UnknownCountyCode, "code", codeText, "不是已知的指标代码",
                "应为 " + string.Join("、", CountyCodeCatalogue.Codes) + " 之一");
            return null;
        }
        row.Key = code;
        var cell = row.Raw("value");
        if (cell.IsBlank)
        {
            row.Missing("value", $"此项必填，指标「{code}」{Expectation(kind)}");
            return null;
        }
        return kind == CountyValueKind.YesNo ? Judgement(row, year, code, cell, note) : Number(row, year, code, kind, cell, note);
    }

    private static CountyFigure? Judgement(RowValues row, int year, string code, Cell cell, string? note)
    {
        if (YesNo.TryParse(cell.Text, out var judgement))
        {
            return new CountyFigure { Year = year, Code = code, Judgement = judgement, Note = note };
        }
        row.Error(FindingCodes.NotYesNo, "value", cell.Text, "无效", $"指标「{code}」{Expectation(CountyValueKind.YesNo)}");
        return null;
    }

    private static CountyFigure? Number(RowValues row, int year, string code, CountyValueKind kind, Cell cell, string? note)
    {
        var expected = $"指标「{code}」{Expectation(kind)}";
        var allowPercent = kind is CountyValueKind.Percent or CountyValueKind.Ratio;
        if (!NumberText.TryParse(cell, allowPercent, out var value, out var percent))
        {
            row.Error(FindingCodes.NotANumber, "value", cell.Text, NotANumberProblem.Of(cell), expected);
            return null;
        }
        if (value < 0)
        {
            row.Error(kind == CountyValueKind.Persons ? FindingCodes.NegativeCount : FindingCodes.NegativeValue, "value", cell.Text, "无效", expected);
            return null;
        }
        if (kind == CountyValueKind.Persons && value != decimal.Truncate(value))
        {
            row.Error(FindingCodes.NotAnInteger, "value", cell.Text, "无效", expected);
            return null;
        }
        // A ratio written as a percentage ("12%") is stored as the ratio it denotes (0.12).
        var stored = kind == CountyValueKind.Ratio && percent ? value / 100m : value;
        return new CountyFigure { Year = year, Code = code, Number = (double)stored, Note = note };
    }

    private static string Expectation(CountyValueKind kind) => kind switch
    {
        CountyValueKind.YesNo => "应填写 是 或 否",
        CountyValueKind.Percent => "应为不小于 0 的百分数（如 96.5% 或 96.5）",
        CountyValueKind.Ratio => "应为不小于 0 的比值（如 0.12）",
        CountyValueKind.Yuan => "应为不小于 0 的金额（元）",
        _ => "应为不小于 0 的整数（人）",
    };
}
