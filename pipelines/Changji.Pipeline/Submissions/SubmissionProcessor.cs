using Changji.Ingestion;
using Changji.Pipeline.Ports;

namespace Changji.Pipeline.Submissions;

/// <summary>
/// Takes one file as dropped into <c>incoming/</c>: archives it unchanged under its SHA-256, reads
/// and checks it, records accepted rows and findings in the information database, and writes the
/// steward's report. The same bytes received again change nothing.
/// </summary>
public sealed class SubmissionProcessor(
    IRawArchive archive,
    ISubmissionLedger ledger,
    IReportStore reports,
    TimeProvider clock,
    IngestionOptions? options = null)
{
    public async Task<SubmissionOutcome> ProcessAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var relative = IncomingPath.Normalise(path);
        var sha = StableId.Sha256Hex(content.Span);
        var known = await ledger.FindAsync(sha, cancellationToken).ConfigureAwait(false);
        if (known is not null)
        {
            return new SubmissionOutcome(known, Duplicate: true, ReportName: null);
        }

        await archive.StoreAsync(sha, relative, content, cancellationToken).ConfigureAwait(false);
        var folderYear = IncomingPath.FolderYear(relative);
        IngestedFile file;
        using (var stream = new MemoryStream(content.ToArray(), writable: false))
        {
            file = FileIngestor.Read(stream, relative, folderYear, options);
        }

        var submission = Describe(sha, relative, folderYear, file);
        var replaced = await ledger.RecordAsync(submission, file, cancellationToken).ConfigureAwait(false);
        submission = submission with { Replaced = replaced };
        var reportName = ReportName(submission);
        await reports.WriteAsync(reportName, ValidationReport.Render(submission, file), cancellationToken).ConfigureAwait(false);
        return new SubmissionOutcome(submission, Duplicate: false, reportName);
    }

    private SubmissionRecord Describe(string sha, string relative, int? folderYear, IngestedFile file) => new()
    {
        Sha256 = sha,
        Path = relative,
        Kind = file.Kind,
        Year = file.Year ?? folderYear,
        Status = file.Rejected ? SubmissionStatus.Rejected
            : file.RowsRejected > 0 ? SubmissionStatus.PartiallyAccepted
            : SubmissionStatus.Accepted,
        RowsRead = file.RowsRead,
        RowsAccepted = file.Rejected ? 0 : file.RowsAccepted,
        RowsRejected = file.Rejected ? file.RowsRead : file.RowsRejected,
        Errors = file.Findings.Count(f => f.Severity == Severity.Error),
        Warnings = file.Findings.Count(f => f.Severity == Severity.Warning),
        ReceivedAtUtc = clock.GetUtcNow().UtcDateTime,
    };

    private static string ReportName(SubmissionRecord s)
    {
        var folder = s.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown";
        var name = System.IO.Path.GetFileNameWithoutExtension(s.Path);
        return $"{folder}/{name}.{s.Sha256[..8]}.md";
    }
}
