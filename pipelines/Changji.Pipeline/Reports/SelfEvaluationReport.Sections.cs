using System.Globalization;
using System.Text;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Ingestion;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Reports;

public static partial class SelfEvaluationReport
{
    private static void Items(StringBuilder sb, SelfEvaluationInput input, Area area, string heading)
    {
        sb.AppendLine($"## {heading}").AppendLine();
        var table = new MarkdownTable("代码", "指标", "结论", "说明");
        foreach (var item in input.Evaluation.CountyItems.Where(i => i.Area == area))
        {
            table.Add(item.IndicatorCode, input.Profile.Get(item.IndicatorCode).NameZh, item.Status.ToChinese(), item.Note);
        }

        table.WriteTo(sb);
    }

    private static void Rectification(StringBuilder sb, SelfEvaluationInput input)
    {
        var open = input.OpenAtYearEnd.OrderBy(a => SeverityRank(a.Severity)).ThenBy(a => a.OpenedYear).ThenBy(a => a.MessageZh, StringComparer.Ordinal).ToList();
        sb.AppendLine("## 七、整改台账（学年末未销号事项）").AppendLine();
        if (open.Count == 0)
        {
            sb.AppendLine("无未销号事项。").AppendLine();
            return;
        }

        var table = new MarkdownTable("等级", "首次预警", "事项");
        foreach (var a in open)
        {
            table.Add(SeverityZh(a.Severity), $"{a.OpenedYear.ToString(CultureInfo.InvariantCulture)}学年", a.MessageZh);
        }

        table.WriteTo(sb);
    }

    private static void DataQuality(StringBuilder sb, SelfEvaluationInput input)
    {
        var files = input.Submissions.Where(s => s.Year == input.Evaluation.Year).ToList();
        sb.AppendLine("## 八、数据来源与质量").AppendLine();
        var table = new MarkdownTable("文件", "类型", "结果", "接收行", "退回行");
        foreach (var s in files)
        {
            table.Add(s.Path, s.Kind.ToChinese(), s.Status.ToChinese(), s.RowsAccepted.ToString(CultureInfo.InvariantCulture), s.RowsRejected.ToString(CultureInfo.InvariantCulture));
        }

        table.WriteTo(sb);
    }

    private static int SeverityRank(string severity) => severity switch
    {
        "high" => 0,
        "medium" => 1,
        _ => 2,
    };

    private static string SeverityZh(string severity) => severity switch
    {
        "high" => "高",
        "medium" => "中",
        _ => "低",
    };
}
