namespace Changji.Pipeline.Submissions;

/// <summary>What processing one received file did. <see cref="Duplicate"/>: the same bytes were received before and nothing changed.</summary>
public sealed record SubmissionOutcome(SubmissionRecord Submission, bool Duplicate, string? ReportName);
