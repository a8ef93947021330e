using Changji.Ingestion;

namespace Changji.Pipeline.Submissions;

/// <summary>One line of the submission ledger: every file received, identified by its SHA-256.</summary>
public sealed record SubmissionRecord
{
    public required string Sha256 { get; init; }
    /// <summary>Path as dropped, relative to <c>incoming/</c>, with forward slashes (e.g. <c>2024/学校基础数据.csv</c>).</summary>
    public required string Path { get; init; }
    public FileKind? Kind { get; init; }
    public int? Year { get; init; }
    public required SubmissionStatus Status { get; init; }
    public required int RowsRead { get; init; }
    public required int RowsAccepted { get; init; }
    public required int RowsRejected { get; init; }
    public required int Errors { get; init; }
    public required int Warnings { get; init; }
    public required DateTime ReceivedAtUtc { get; init; }
    /// <summary>School codes whose earlier facts for the year this file replaced (corrected resubmission).</summary>
    public IReadOnlyList<string> Replaced { get; init; } = [];

    /// <summary>Statistics files: school codes of rows read but not accepted (the whole file's when it was rejected).</summary>
    public IReadOnlyList<string> RejectedSchools { get; init; } = [];

    /// <summary>
    /// 县级行政区划代码 of the counties whose facts the file stored (<see cref="SubmissionCounties"/>); empty for a
    /// rejected file and for files received before it was recorded (issue 10: a recompute per county needs it).
    /// </summary>
    public IReadOnlyList<string> Counties { get; init; } = [];

    /// <summary>Who uploaded the file through the stewards' page; null for a file dropped by other means.</summary>
    public Uploader? UploadedBy { get; init; }
    /// <summary>县级行政区划代码 of the home county the file was received under (its rows without a county belong to it); null for files received before counties.</summary>
    public string? HomeCounty { get; init; }
}
