namespace Changji.Pipeline.UseCases;

/// <summary>Progress of a run, for a progress display: which step, how far.</summary>
public sealed record RunProgress(string StepZh, int Done, int Total, string? Item);
