namespace Changji.Pipeline.UseCases;

/// <summary>What a recompute of every county did: the years recomputed in this run, or the counties sent as recompute requests of their own.</summary>
public sealed record RecomputeFanOutResult(IReadOnlyList<YearResult> Years, IReadOnlyList<string> Enqueued);
