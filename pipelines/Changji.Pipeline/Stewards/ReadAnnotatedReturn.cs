using Changji.Pipeline.Ports;
using Changji.Pipeline.Returns;

namespace Changji.Pipeline.Stewards;

/// <summary>
/// A file's annotated return for download, found like its report by the file's SHA-256 (never by a
/// path a caller names). Null when the file is unknown or has none (all its rows were accepted).
/// </summary>
public sealed class ReadAnnotatedReturn(ISubmissionLedger ledger, IReportReader reports)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<AnnotatedReturnFile?> RunAsync(string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        if (await ledger.FindAsync(sha256.ToLowerInvariant(), cancellationToken).ConfigureAwait(false) is not { } submission
            || !AnnotatedReturn.IsWanted(submission)
            || await reports.ReadAsync(AnnotatedReturn.NameOf(submission), cancellationToken).ConfigureAwait(false) is not { } bytes)
        {
            return null;
        }

        return new AnnotatedReturnFile(Path.GetFileNameWithoutExtension(submission.Path) + ".批注.xlsx", bytes);
    }
}
