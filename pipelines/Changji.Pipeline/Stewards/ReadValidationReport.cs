using System.Text;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Reports;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Stewards;

/// <summary>
/// A file's validation report as a page for the browser, found by the file's SHA-256 (never by a
/// path a caller names, so nothing else under <c>reports/</c> can be asked for). Null when unknown.
/// </summary>
public sealed class ReadValidationReport(ISubmissionLedger ledger, IReportReader reports)
{
    public async Task<string?> RunAsync(string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        if (await ledger.FindAsync(sha256.ToLowerInvariant(), cancellationToken).ConfigureAwait(false) is not { } submission
            || await reports.ReadAsync(ValidationReport.NameOf(submission), cancellationToken).ConfigureAwait(false) is not { } bytes)
        {
            return null;
        }

        return HtmlReport.Render(Path.GetFileName(submission.Path), Encoding.UTF8.GetString(bytes));
    }
}
