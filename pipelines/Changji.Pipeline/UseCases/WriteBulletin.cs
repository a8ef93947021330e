using Changji.Pipeline.Alerts;
using Changji.Pipeline.Notifications;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Reports;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// Writes the 督查通报 of the month before now (<see cref="BulletinPeriod"/>) from the alert ledger to
/// <c>reports/通报/</c>, as DOCX and HTML. Both hosts call it: <c>changji bulletin</c> and the <c>Bulletin</c> timer.
/// An unchanged bulletin is not rewritten (the report store compares bytes). Then its notice (<see cref="BulletinNotice"/>)
/// is queued in the outbox and the outbox drained, like the alerts of a run: channels that take bulletins get it from
/// there (<c>changji bulletin --channels</c>, <c>changji notify</c>, the Notify timer), once, however often it is written.
/// </summary>
public sealed class WriteBulletin(IAlertLedger alerts, IReportStore reports, SchoolCalendar calendar, DrainOutbox drain)
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
        IReadOnlyList<string> files = [docx, html];
        var notice = BulletinNotice.For(period, SupervisionBulletin.Totals(period, ledger), [.. files.Select(f => "reports/" + f)], calendar.Now.UtcDateTime);
        await alerts.ApplyAsync(new AlertChanges([], [notice]), cancellationToken).ConfigureAwait(false);
        var drained = await drain.RunAsync(cancellationToken).ConfigureAwait(false);
        return new BulletinResult(period, SupervisionBulletin.Title(period), files, notice.MessageId, drained);
    }
}

/// <param name="Files">Names under <c>reports/</c>.</param>
/// <param name="NoticeId">The message id of its notice in the outbox.</param>
/// <param name="Drain">The outbox drain after the notice was queued.</param>
public sealed record BulletinResult(BulletinPeriod Period, string Title, IReadOnlyList<string> Files, string NoticeId, OutboxDrainResult Drain);
