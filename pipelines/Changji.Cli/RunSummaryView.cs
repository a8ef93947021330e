using System.Globalization;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;
using Changji.Ingestion;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Submissions;
using Changji.Pipeline.UseCases;
using Changji.Storage.Local;
using Changji.Text;
using Spectre.Console;

namespace Changji.Cli;

/// <summary>The summary a steward or leader reads at the end of a run.</summary>
public static class RunSummaryView
{
    public static void Render(IAnsiConsole console, RunSummary summary, LocalFolders folders)
    {
        console.Write(FilesTable(summary));
        console.Write(YearsTable(summary));
        foreach (var y in summary.Years.Where(y => y.Counties.Count > 1))
        {
            // A region's run: the table shows the home county; this line, every county (the rest is in fact_region_summary).
            Line(console, ZhCn.Format("cli.summary.counties",
                ("year", y.Year), ("counties", y.Counties.Count),
                ("met", y.Counties.Values.Count(e => e.National.Status == ItemStatus.Met)),
                ("plan_met", y.Counties.Values.Count(e => e.Plan.Status == ItemStatus.Met))));
        }

        var opened = summary.Years.Sum(y => y.AlertChanges.Messages.Count(m => m.EventType == "opened"));
        var resolved = summary.Years.Sum(y => y.AlertChanges.Messages.Count(m => m.EventType == "resolved"));
        var failures = summary.Outbox.Failures.Count > 0
            ? ZhCn.Format("cli.summary.alerts.failures", ("count", summary.Outbox.Failures.Count))
            : "";
        Line(console, ZhCn.Format("cli.summary.alerts", ("opened", opened), ("resolved", resolved), ("sent", summary.Outbox.Sent), ("failures", failures)));
        Line(console, ZhCn.Format("cli.summary.database", ("path", folders.Database)));
        Line(console, ZhCn.Format("cli.summary.curated", ("path", folders.Curated)));
        Line(console, ZhCn.Format("cli.summary.reports", ("path", folders.Reports)));
        Line(console, ZhCn.Format("cli.summary.outbox", ("path", folders.Outbox)));
        if (summary.AnyRejected)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(ZhCn.Text("cli.summary.rejected"))}[/]");
        }
    }

    /// <summary>Catalogue text is plain text: escaped so a path with [brackets] is not read as markup.</summary>
    private static void Line(IAnsiConsole console, string text) => console.MarkupLine(Markup.Escape(text));

    private static Table FilesTable(RunSummary summary)
    {
        var table = new Table().Title(ZhCn.Text("cli.files.title")).AddColumns(
            ZhCn.Text("cli.files.column.file"),
            ZhCn.Text("cli.files.column.kind"),
            ZhCn.Text("cli.files.column.year"),
            ZhCn.Text("cli.files.column.result"),
            ZhCn.Text("cli.files.column.rows_accepted"),
            ZhCn.Text("cli.files.column.rows_rejected"),
            ZhCn.Text("cli.files.column.errors"),
            ZhCn.Text("cli.files.column.warnings"),
            ZhCn.Text("cli.files.column.replaced"));
        foreach (var f in summary.Files)
        {
            var s = f.Submission;
            var result = f.Duplicate ? ZhCn.Text("cli.files.duplicate") : s.Status.ToChinese();
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
        var table = new Table().Title(ZhCn.Text("cli.years.title")).AddColumns(
            ZhCn.Text("cli.years.column.year"),
            ZhCn.Text("cli.years.column.schools"),
            ZhCn.Text("cli.years.column.compliance"),
            ZhCn.Text("cli.years.column.cv_over"),
            ZhCn.Text("cli.years.column.resource"),
            ZhCn.Text("cli.years.column.guarantee"),
            ZhCn.Text("cli.years.column.quality"),
            ZhCn.Text("cli.years.column.recognition"),
            ZhCn.Text("cli.years.column.overall"),
            ZhCn.Text("cli.years.column.commitments"),
            ZhCn.Text("cli.years.column.plan"),
            ZhCn.Text("cli.years.column.blocking"));
        foreach (var y in summary.Years.Where(y => y.Evaluation is not null))
        {
            var e = y.Evaluation!;
            var units = e.Compliance.Count;
            var passed = e.Compliance.Count(c => c.Passed);
            var cvOver = e.Variation.Count(v => v.Status == ItemStatus.NotMet);
            var areas = e.Areas.Where(a => AreaCodes.National.Contains(a.Area)).Select(a => Status(a.Status)).ToList();
            table.AddRow(
                [
                    e.Year.ToString(CultureInfo.InvariantCulture),
                    e.Units.Select(u => u.SchoolCode).Distinct().Count().ToString(CultureInfo.InvariantCulture),
                    $"{passed}/{units}",
                    cvOver.ToString(CultureInfo.InvariantCulture),
                    .. areas,
                    Status(e.Overall),
                    Status(e.Commitments.Status),
                    Status(e.Plan.Status),
                    Markup.Escape(string.Join("、", e.Plan.Blocking)),
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
