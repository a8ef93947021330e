using System.Globalization;
using System.Text;
using Changji.Ingestion;
using Changji.Pipeline.Reports;
using Changji.Text;

namespace Changji.Pipeline.Submissions;

/// <summary>The report a steward reads for one file received (Markdown, in Chinese).</summary>
public static class ValidationReport
{
    /// <summary>Where the report of a file is kept under <c>reports/</c>: <c>{year}/{file name}.{first 8 hex of its SHA-256}.md</c>.</summary>
    public static string NameOf(SubmissionRecord submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var folder = submission.Year?.ToString(CultureInfo.InvariantCulture) ?? "unknown";
        var name = System.IO.Path.GetFileNameWithoutExtension(submission.Path);
        return $"{folder}/{name}.{submission.Sha256[..8]}.md";
    }

    /// <param name="unread">The file was refused on its stored length: <see cref="SubmissionRecord.Sha256"/> holds <see cref="UnreadFileId"/>, not a hash of its bytes.</param>
    public static string Render(SubmissionRecord submission, IngestedFile file, bool unread = false)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(ZhCn.Format("report.validation.title", ("path", submission.Path))).AppendLine();
        sb.AppendLine(ZhCn.Format("report.validation.kind", ("kind", submission.Kind.ToChinese())));
        sb.AppendLine(ZhCn.Format("report.validation.year", ("year", submission.Year?.ToString(inv) ?? ZhCn.Text("report.validation.year_unknown"))));
        sb.AppendLine(ZhCn.Format("report.validation.status", ("status", submission.Status.ToChinese())));
        sb.AppendLine(ZhCn.Format(
            "report.validation.rows", ("read", submission.RowsRead), ("accepted", submission.RowsAccepted), ("rejected", submission.RowsRejected)));
        sb.AppendLine(ZhCn.Format("report.validation.findings", ("errors", submission.Errors), ("warnings", submission.Warnings)));
        sb.AppendLine(unread
            ? ZhCn.Format("report.validation.unread_id", ("id", submission.Sha256))
            : ZhCn.Format("report.validation.sha256", ("sha256", submission.Sha256)));
        sb.AppendLine(ZhCn.Format("report.validation.received", ("received", submission.ReceivedAtUtc.ToString("yyyy-MM-dd HH:mm:ss", inv))));
        if (submission.UploadedBy is { } uploader)
        {
            sb.AppendLine(ZhCn.Format("report.validation.uploaded_by", ("name", uploader.Name), ("id", uploader.Id)));
        }
        if (submission.Replaced.Count > 0)
        {
            sb.AppendLine(ZhCn.Format(
                "report.validation.replaced", ("count", submission.Replaced.Count), ("subjects", string.Join("、", submission.Replaced))));
        }

        sb.AppendLine();
        if (file.Findings.Count == 0)
        {
            sb.AppendLine(ZhCn.Text("report.validation.no_findings"));
            return sb.ToString();
        }

        var table = new MarkdownTable(
            ZhCn.Text("report.validation.column.severity"),
            ZhCn.Text("report.validation.column.sheet"),
            ZhCn.Text("report.validation.column.row"),
            ZhCn.Text("report.validation.column.column"),
            ZhCn.Text("report.validation.column.value"),
            ZhCn.Text("report.validation.column.message"));
        foreach (var f in file.Findings)
        {
            table.Add(f.Severity.ToChinese(), f.Sheet, f.Row?.ToString(inv), f.Column, f.Value, f.MessageZh);
        }

        table.WriteTo(sb);
        return sb.ToString();
    }
}
