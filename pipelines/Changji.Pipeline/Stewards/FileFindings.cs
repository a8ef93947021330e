using Changji.Pipeline.Ports;

namespace Changji.Pipeline.Stewards;

/// <summary>
/// One file's outcome and findings by its SHA-256; null while it is not (yet) in the submission
/// ledger, which is what the page polls for after an upload.
/// </summary>
public sealed class FileFindings(ISubmissionLedger ledger)
{
    public async Task<StewardFileDetail?> RunAsync(string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        if (await ledger.FindAsync(sha256.ToLowerInvariant(), cancellationToken).ConfigureAwait(false) is not { } submission)
        {
            return null;
        }

        var findings = submission.Year is { } year
            ? (await ledger.FindingsAsync(year, cancellationToken).ConfigureAwait(false)).Where(f => f.Sha256 == submission.Sha256).Select(f => StewardFinding.From(f.Finding)).ToList()
            : [];
        return new StewardFileDetail(StewardFile.From(submission), findings);
    }
}
