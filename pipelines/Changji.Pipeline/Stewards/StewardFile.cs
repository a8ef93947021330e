using Changji.Ingestion;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Stewards;

/// <summary>
/// One file received, as the stewards' page lists it: outcome (code and 已接收 / 部分接收 / 已退回),
/// rows accepted and returned, who uploaded it, when (Beijing time), its validation report and annotated return.
/// </summary>
public sealed record StewardFile
{
    public required string Sha256 { get; init; }
    public required string Path { get; init; }
    public required string Name { get; init; }
    public int? Year { get; init; }
    public required string KindZh { get; init; }
    public required string Status { get; init; }
    public required string StatusZh { get; init; }
    public required int RowsRead { get; init; }
    public required int RowsAccepted { get; init; }
    public required int RowsRejected { get; init; }
    public required int Errors { get; init; }
    public required int Warnings { get; init; }
    public string? UploadedBy { get; init; }
    public string? UploaderId { get; init; }

    /// <summary>When it was received, Beijing time, <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    public required string ReceivedAt { get; init; }
    public required string ReportName { get; init; }

    /// <summary>Whether the file has an annotated return to download (rows of it were returned).</summary>
    public required bool AnnotatedReturn { get; init; }

    public static StewardFile From(SubmissionRecord submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return new StewardFile
        {
            Sha256 = submission.Sha256,
            Path = submission.Path,
            Name = System.IO.Path.GetFileName(submission.Path),
            Year = submission.Year,
            KindZh = submission.Kind.ToChinese(),
            Status = submission.Status.ToCode(),
            StatusZh = submission.Status.ToChinese(),
            RowsRead = submission.RowsRead,
            RowsAccepted = submission.RowsAccepted,
            RowsRejected = submission.RowsRejected,
            Errors = submission.Errors,
            Warnings = submission.Warnings,
            UploadedBy = submission.UploadedBy?.Name,
            UploaderId = submission.UploadedBy?.Id,
            ReceivedAt = SchoolCalendar.BeijingText(new DateTimeOffset(DateTime.SpecifyKind(submission.ReceivedAtUtc, DateTimeKind.Utc))),
            ReportName = ValidationReport.NameOf(submission),
            AnnotatedReturn = Returns.AnnotatedReturn.IsWanted(submission),
        };
    }
}
