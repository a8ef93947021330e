namespace Changji.Pipeline.UseCases;

/// <summary>How many messages went out, and why the others did not.</summary>
public sealed record OutboxDrainResult(int Sent, IReadOnlyList<string> Failures);
