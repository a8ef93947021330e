using Changji.Ingestion;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Curated;

/// <summary>The table from the submission ledger: fact_submission.</summary>
public static partial class CuratedRows
{
    /// <summary>Every file received for the year, in the order received (then by path, for equal instants).</summary>
    /// <param name="homeCountyCode">For files received before counties were recorded.</param>
    public static IReadOnlyList<FactSubmissionRow> Submissions(int year, IReadOnlyList<SubmissionRecord> submissions, string homeCountyCode) =>
        submissions
            .Where(s => s.Year == year)
            .OrderBy(s => s.ReceivedAtUtc).ThenBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Sha256, StringComparer.Ordinal)
            .Select(s => Submission(year, s, homeCountyCode))
            .ToList();

    private static FactSubmissionRow Submission(int year, SubmissionRecord s, string homeCountyCode)
    {
        var utc = DateTime.SpecifyKind(s.ReceivedAtUtc, DateTimeKind.Utc);
        var received = new DateTimeOffset(utc);
        return new FactSubmissionRow
        {
            Year = year,
            File = s.Path,
            Sha256 = s.Sha256,
            Kind = s.Kind?.ToCode(),
            KindZh = s.Kind.ToChinese(),
            Status = s.Status.ToCode(),
            StatusZh = s.Status.ToChinese(),
            RowsRead = s.RowsRead,
            RowsAccepted = s.RowsAccepted,
            RowsRejected = s.RowsRejected,
            Errors = s.Errors,
            Warnings = s.Warnings,
            UploadedBy = s.UploadedBy?.Name,
            UploadedById = s.UploadedBy?.Id,
            ReceivedAt = utc,
            ReceivedAtBeijing = SchoolCalendar.BeijingText(received),
            ReceivedDate = SchoolCalendar.BeijingDate(received),
            CountyCode = s.HomeCounty ?? homeCountyCode,
        };
    }
}
