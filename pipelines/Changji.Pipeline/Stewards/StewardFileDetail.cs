namespace Changji.Pipeline.Stewards;

/// <summary>A file received and every finding of it, in the order found.</summary>
public sealed record StewardFileDetail(StewardFile File, IReadOnlyList<StewardFinding> Findings);
