using System.Security.Cryptography;
using Changji.Ingestion;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// Takes one file as dropped into <c>incoming/</c>: archives it unchanged under its SHA-256, reads
/// and checks it, records accepted rows and findings in the information database, and writes the
/// steward's report. The same bytes received again change nothing. A file over the size limit is
/// hashed and archived as a stream and refused with a finding, never loaded whole into memory.
/// </summary>
public sealed class ReceiveFile(IRawArchive archive, ISubmissionLedger ledger, IFactStore facts, IReportStore reports, TimeProvider clock, IngestionOptions options)
{
    public async Task<SubmissionOutcome> RunAsync(IncomingFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length <= options.MaxFileBytes)
        {
            file = await file.BufferAsync(cancellationToken).ConfigureAwait(false);
        }

        var relative = IncomingPath.Normalise(file.Path);
        var sha = await HashAsync(file, cancellationToken).ConfigureAwait(false);
        var known = await ledger.FindAsync(sha, cancellationToken).ConfigureAwait(false);
        if (known is not null)
        {
            return new SubmissionOutcome(known, Duplicate: true, ReportName: null);
        }

        var stream = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await archive.StoreAsync(sha, relative, stream, cancellationToken).ConfigureAwait(false);
        }

        var folderYear = IncomingPath.FolderYear(relative);
        IngestedFile ingested;
        stream = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            ingested = FileIngestor.Read(stream, relative, folderYear, options);
        }

        ingested = await WithCrossFileFindingsAsync(ingested, relative, cancellationToken).ConfigureAwait(false);
        var submission = Describe(sha, relative, folderYear, ingested) with { UploadedBy = file.UploadedBy };
        var replaced = await ledger.RecordAsync(submission, ingested, cancellationToken).ConfigureAwait(false);
        submission = submission with { Replaced = replaced };
        var reportName = ValidationReport.NameOf(submission);
        await reports.WriteAsync(reportName, ValidationReport.Render(submission, ingested), cancellationToken).ConfigureAwait(false);
        return new SubmissionOutcome(submission, Duplicate: false, reportName);
    }

    /// <summary>A funding file is checked against the statistics already received for its year, so its steward hears of an unknown school now.</summary>
    private async Task<IngestedFile> WithCrossFileFindingsAsync(IngestedFile ingested, string path, CancellationToken ct)
    {
        if (ingested.Rejected || ingested.Funding.Count == 0)
        {
            return ingested;
        }

        var extra = new List<Finding>();
        foreach (var ofYear in ingested.Funding.GroupBy(f => f.Year))
        {
            var schools = (await facts.LoadYearAsync(ofYear.Key, ct).ConfigureAwait(false)).Schools.Select(s => s.SchoolCode).ToHashSet(StringComparer.Ordinal);
            extra.AddRange(CrossFileChecks.UnknownFundingSchools(ofYear.Key, [.. ofYear], schools, path));
        }

        return extra.Count == 0 ? ingested : ingested with { Findings = [.. ingested.Findings, .. extra] };
    }

    private static async Task<string> HashAsync(IncomingFile file, CancellationToken ct)
    {
        var stream = await file.OpenAsync(ct).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct).ConfigureAwait(false));
        }
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
        RejectedSchools = file.Kind == FileKind.Statistics ? file.RejectedKeys : [],
    };
}
