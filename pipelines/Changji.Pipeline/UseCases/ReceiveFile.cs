using Changji.Ingestion;
using Changji.Pipeline.Counties;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Returns;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// Takes one file as dropped into <c>incoming/</c>: archives it unchanged under its SHA-256, reads
/// and checks it, records accepted rows and findings in the information database, and writes the
/// steward's report. The file is read from its source once, hashed on the way and spooled
/// (<see cref="SpooledFile"/>: memory up to <see cref="IngestionOptions.InMemoryFileBytes"/>, else a temporary
/// file); a file with more accepted rows than <see cref="IngestionOptions.RowsPerChunk"/> is checked first and its
/// rows then read again and stored chunk by chunk, so memory is bounded by those settings, not by the file. The same bytes received again change nothing. A file whose stored length is over
/// the limit is refused on that length alone: never downloaded, hashed or read (it is known by
/// <see cref="UnreadFileId"/>) and archived by the adapter without passing through (Azure copies it server-side).
/// </summary>
public sealed class ReceiveFile(
    IRawArchive archive, ISubmissionLedger ledger, IFactStore facts, IReportStore reports, TimeProvider clock, IngestionOptions options, HomeCounty? home = null)
{
    private readonly HomeCounty homeCounty = home ?? HomeCounty.Changji;

    /// <summary>
    /// Once the ledger has been seen to agree with this home county, every later line is written by this
    /// instance with the same code, so the ledger is listed once per process rather than once per file.
    /// </summary>
    private volatile bool homeConfirmed;

    public async Task<SubmissionOutcome> RunAsync(IncomingFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var relative = IncomingPath.Normalise(file.Path);
        var folderYear = IncomingPath.FolderYear(relative);
        if (file.Length > options.MaxFileBytes)
        {
            return await TakeAsync(file, UnreadFileId.Of(file), unread: true,
                _ => Task.FromResult(FileIngestor.Oversized(relative, folderYear, file.Length, options)), cancellationToken).ConfigureAwait(false);
        }

        // Read from the source once (a blob is downloaded once), hashed on the way, kept in memory or a temporary file.
        var spooled = await SpooledFile.CreateAsync(file, options.InMemoryFileBytes, cancellationToken).ConfigureAwait(false);
        await using (spooled.ConfigureAwait(false))
        {
            file = spooled.File;
            return await TakeAsync(file, spooled.Sha256, unread: false, async ct =>
            {
                var stream = await file.OpenAsync(ct).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    return FileIngestor.Check(stream, relative, folderYear, options);
                }
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<SubmissionOutcome> TakeAsync(IncomingFile file, string key, bool unread, Func<CancellationToken, Task<IngestedFile>> read, CancellationToken ct)
    {
        var known = await ledger.FindAsync(key, ct).ConfigureAwait(false);
        if (known is not null)
        {
            return new SubmissionOutcome(known, Duplicate: true, ReportName: null);
        }

        if (!homeConfirmed)
        {
            HomeCountyGuard.EnsureSame(homeCounty, await ledger.ListAsync(ct).ConfigureAwait(false));
            homeConfirmed = true;
        }

        await archive.StoreAsync(key, file, ct).ConfigureAwait(false);
        var relative = IncomingPath.Normalise(file.Path);
        var ingested = await WithCrossFileFindingsAsync(await read(ct).ConfigureAwait(false), relative, ct).ConfigureAwait(false);
        var submission = Describe(key, relative, IncomingPath.FolderYear(relative), ingested) with
        {
            UploadedBy = file.UploadedBy,
            HomeCounty = homeCounty.Code,
            Counties = SubmissionCounties.Of(ingested, homeCounty),
        };
        var replaced = await RecordAsync(file, submission, ingested, ct).ConfigureAwait(false);
        submission = submission with { Replaced = replaced };
        var reportName = ValidationReport.NameOf(submission);
        await reports.WriteAsync(reportName, ValidationReport.Render(submission, ingested, unread), ct).ConfigureAwait(false);
        if (!unread && AnnotatedReturn.IsWanted(submission))
        {
            await WriteAnnotatedReturnAsync(file, submission, ingested, ct).ConfigureAwait(false);
        }

        return new SubmissionOutcome(submission, Duplicate: false, reportName);
    }

    /// <summary>
    /// The rows go to the ledger as the file holds them, or, when it had more than a chunk
    /// (<see cref="IngestedFile.RowsHeld"/> false), read again from the same bytes chunk by chunk while the ledger stores them.
    /// </summary>
    private async Task<IReadOnlyList<string>> RecordAsync(IncomingFile file, SubmissionRecord submission, IngestedFile ingested, CancellationToken ct)
    {
        if (ingested.Rejected || ingested.RowsHeld)
        {
            return await ledger.RecordAsync(submission, ingested, ct).ConfigureAwait(false);
        }

        var stream = await file.OpenAsync(ct).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var chunks = FileIngestor.ReadChunks(stream, ingested.FileName, IncomingPath.FolderYear(IncomingPath.Normalise(file.Path)), options);
            return await ledger.RecordAsync(submission, ingested, chunks, ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The steward's rows again, offending cells marked, beside the report. The row cap leaves room for
    /// title rows and the header above the rows the ingestion counts.
    /// </summary>
    private async Task WriteAnnotatedReturnAsync(IncomingFile file, SubmissionRecord submission, IngestedFile ingested, CancellationToken ct)
    {
        byte[]? workbook;
        var content = await file.OpenAsync(ct).ConfigureAwait(false);
        await using (content.ConfigureAwait(false))
        {
            workbook = AnnotatedReturn.Build(content, submission, ingested, options.MaxRows + 10);
        }

        if (workbook is not null)
        {
            await reports.WriteBytesAsync(AnnotatedReturn.NameOf(submission), workbook, ct).ConfigureAwait(false);
        }
    }

    /// <summary>A funding file is checked against the statistics already received for its year, so its steward hears of an unknown school now.</summary>
    private async Task<IngestedFile> WithCrossFileFindingsAsync(IngestedFile ingested, string path, CancellationToken ct)
    {
        if (ingested.Rejected || ingested.FundingSchools.Count == 0)
        {
            return ingested;
        }

        var extra = new List<Finding>();
        foreach (var ofYear in ingested.FundingSchools.GroupBy(f => f.Year))
        {
            var schools = (await facts.LoadYearAsync(ofYear.Key, ct).ConfigureAwait(false)).Schools.Select(s => s.SchoolCode).ToHashSet(StringComparer.Ordinal);
            extra.AddRange(CrossFileChecks.UnknownFundingSchools(ofYear.Key, [.. ofYear], schools, path));
        }

        return extra.Count == 0 ? ingested : ingested with { Findings = [.. ingested.Findings, .. extra] };
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
