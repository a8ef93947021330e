using System.Globalization;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;
using Changji.Ingestion;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Runs;
using Changji.Pipeline.Submissions;
using Changji.Storage.Local;
using Spectre.Console;

namespace Changji.Cli;

/// <summary>The summary a steward or leader reads at the end of a run.</summary>
public static class RunSummaryView
{
    public static void Render(IAnsiConsole console, RunSummary summary, LocalWorkspace workspace)
    {
        console.Write(FilesTable(summary));
        console.Write(YearsTable(summary));
        var opened = summary.Years.Sum(y => y.AlertChanges.Messages.Count(m => m.EventType == "opened"));
        var resolved = summary.Years.Sum(y => y.AlertChanges.Messages.Count(m => m.EventType == "resolved"));
        console.MarkupLine(CultureInfo.InvariantCulture, "预警：新增 {0} 条，销号 {1} 条；本次发送消息 {2} 条{3}。",
            opened, resolved, summary.Outbox.Sent, summary.Outbox.Failures.Count > 0 ? $"，发送失败 {summary.Outbox.Failures.Count} 条（下次运行重发）" : "");
        console.MarkupLineInterpolated($"信息库：{workspace.Store.DatabasePath}");
        console.MarkupLineInterpolated($"Parquet：{workspace.CuratedFolder}");
        console.MarkupLineInterpolated($"校验报告：{workspace.ReportsFolder}");
        console.MarkupLineInterpolated($"预警消息：{workspace.OutboxFolder}");
        if (summary.AnyRejected)
        {
            console.MarkupLine("[yellow]有文件或数据行被退回，请查看校验报告；其余数据已正常处理。[/]");
        }
    }

    private static Table FilesTable(RunSummary summary)
    {
        var table = new Table().Title("报送文件").AddColumns("文件", "类型", "学年", "结果", "接收行", "退回行", "错误", "警告", "更正学校");
        foreach (var f in summary.Files)
        {
            var s = f.Submission;
            var result = f.Duplicate ? "已收到过，未重复处理" : s.Status.ToChinese();
            var colour = f.Duplicate ? "grey" : s.Status switch
            {
                SubmissionStatus.Accepted => "green",
                SubmissionStatus.PartiallyAccepted => "yellow",
                _ => "red",
            };
            table.AddRow(
                Markup.Escape(s.Path), s.Kind.ToChinese(), s.Year?.ToString(CultureInfo.InvariantCulture) ?? "—",
                $"[{colour}]{Markup.Escape(result)}[/]", N(s.RowsAccepted), N(s.RowsRejected), N(s.Errors), N(s.Warnings),
                s.Replaced.Count == 0 ? "" : Markup.Escape(string.Join("、", s.Replaced)));
        }

        return table;
    }

    private static Table YearsTable(RunSummary summary)
    {
        var table = new Table().Title("评估结果").AddColumns("学年", "学校", "校级达标", "差异系数超标", "资源配置", "政府保障", "教育质量", "社会认可", "总体", "制约项");
        foreach (var y in summary.Years.Where(y => y.Evaluation is not null))
        {
            var e = y.Evaluation!;
            var units = e.Compliance.Count;
            var passed = e.Compliance.Count(c => c.Passed);
            var cvOver = e.Variation.Count(v => v.Status == ItemStatus.NotMet);
            var areas = e.Areas.Select(a => Status(a.Status)).ToList();
            table.AddRow(
                [
                    e.Year.ToString(CultureInfo.InvariantCulture),
                    e.Units.Select(u => u.SchoolCode).Distinct().Count().ToString(CultureInfo.InvariantCulture),
                    $"{passed}/{units}",
                    cvOver.ToString(CultureInfo.InvariantCulture),
                    .. areas,
                    Status(e.Overall),
                    Markup.Escape(string.Join("、", e.Blocking)),
                ]);
        }

        return table;
    }

    private static string Status(ItemStatus status) => status switch
    {
        ItemStatus.Met => $"[green]{status.ToChinese()}[/]",
        ItemStatus.NotMet => $"[red]{status.ToChinese()}[/]",
        _ => $"[yellow]{status.ToChinese()}[/]",
    };

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
