using Changji.Pipeline.Alerts;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Submissions;

namespace Changji.Functions.Workflows;

/// <summary>What one ingest request did. <see cref="Outcome"/> is null when the blob was gone or is not a submission.</summary>
public sealed record IngestResult(string Path, SubmissionOutcome? Outcome, IReadOnlyList<YearResult> Years, OutboxDrainResult? Outbox);
