using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.UseCases;

/// <summary>What one ingest request did. <see cref="Outcome"/> is null when the file was gone or is not a submission.</summary>
public sealed record IngestResult(string Path, SubmissionOutcome? Outcome, IReadOnlyList<YearResult> Years, OutboxDrainResult? Outbox)
{
    /// <summary>The counties sent as recompute requests of their own (a file of several counties) instead of recomputed in this run.</summary>
    public IReadOnlyList<string> RecomputesEnqueued { get; init; } = [];
}
