using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.UseCases;

/// <summary>Everything one run did: files taken (or recognised as already received), years evaluated, alerts sent.</summary>
public sealed record RunSummary(IReadOnlyList<SubmissionOutcome> Files, IReadOnlyList<YearResult> Years, OutboxDrainResult Outbox)
{
    /// <summary>True when this run rejected a file or a row (files received before are not counted again).</summary>
    public bool AnyRejected => Files.Any(f => !f.Duplicate && (f.Submission.Status != SubmissionStatus.Accepted));
}
