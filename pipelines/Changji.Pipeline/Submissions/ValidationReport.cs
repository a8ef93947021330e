using System.Globalization;
using System.Text;
using Changji.Ingestion;
using Changji.Pipeline.Reports;

namespace Changji.Pipeline.Submissions;

/// <summary>The report a steward reads for one file received (Markdown, in Chinese).</summary>
public static class ValidationReport
{
    public static string Render(SubmissionRecord submission, IngestedFile file)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append("# 数据校验报告：").AppendLine(submission.Path).AppendLine();
        sb.Append("- 文件类型：").AppendLine(submission.Kind.ToChinese());
        sb.Append("- 学年：").AppendLine(submission.Year?.ToString(inv) ?? "未知");
        sb.Append("- 处理结果：").AppendLine(submission.Status.ToChinese());
        sb.Append("- 数据行：共 ").Append(submission.RowsRead).Append(" 行，接收 ").Append(submission.RowsAccepted)
          .Append(" 行，退回 ").Append(submission.RowsRejected).AppendLine(" 行");
        sb.Append("- 错误 ").Append(submission.Errors).Append(" 项，警告 ").Append(submission.Warnings).AppendLine(" 项");
        sb.Append("- 文件指纹（SHA-256）：").AppendLine(submission.Sha256);
        sb.Append("- 接收时间（UTC）：").AppendLine(submission.ReceivedAtUtc.ToString("yyyy-MM-dd HH:mm:ss", inv));
        if (submission.Replaced.Count > 0)
        {
            sb.Append("- 更正：本文件替换了以下 ").Append(submission.Replaced.Count).Append(" 所学校（或指标）此前接收的同学年数据：")
              .AppendLine(string.Join("、", submission.Replaced));
        }

        sb.AppendLine();
        if (file.Findings.Count == 0)
        {
            sb.AppendLine("未发现问题。");
            return sb.ToString();
        }

        var table = new MarkdownTable("级别", "工作表", "行", "列", "值", "说明");
        foreach (var f in file.Findings)
        {
            table.Add(f.Severity.ToChinese(), f.Sheet, f.Row?.ToString(inv), f.Column, f.Value, f.MessageZh);
        }

        table.WriteTo(sb);
        return sb.ToString();
    }
}
