using Changji.Pipeline.Ports;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Reports;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// Writes the 督查通报 of the month before now (<see cref="BulletinPeriod"/>) from the alert ledger to
/// <c>reports/通报/</c>, as DOCX and HTML. Both hosts call it: <c>changji bulletin</c> and the <c>Bulletin</c> timer.
/// An unchanged bulletin is not rewritten (the report store compares bytes).
/// </summary>
public sealed class WriteBulletin(IAlertLedger alerts, IReportStore reports, SchoolCalendar calendar)
{
    public async Task<BulletinResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var period = BulletinPeriod.Before(calendar.Now);
        var ledger = await alerts.LoadAsync(cancellationToken).ConfigureAwait(false);
        var document = SupervisionBulletin.Build(period, ledger);
        var docx = SupervisionBulletin.FileName(period, "docx");
        var html = SupervisionBulletin.FileName(period, "html");
        await reports.WriteBytesAsync(docx, DocxReport.Render(document, SupervisionBulletin.Stamp(period)), cancellationToken).ConfigureAwait(false);
        await reports.WriteAsync(html, HtmlReport.Render(document.Title, document.ToMarkdown(embedFigures: true)), cancellationToken).ConfigureAwait(false);
        return new BulletinResult(period, SupervisionBulletin.Title(period), [docx, html]);
    }
}

/// <param name="Files">Names under <c>reports/</c>.</param>
public sealed record BulletinResult(BulletinPeriod Period, string Title, IReadOnlyList<string> Files);
