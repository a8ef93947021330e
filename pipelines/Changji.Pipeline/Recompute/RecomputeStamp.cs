namespace Changji.Pipeline.Recompute;

/// <summary>
/// The last completed recompute of one request: <see cref="Inputs"/>, the hash of everything it read
/// (<see cref="RecomputeInputs"/>) and of the outputs as it left them, and <see cref="Results"/>, what it
/// returned (<see cref="StoredYearResults"/>), given back when a recompute is skipped.
/// </summary>
public sealed record RecomputeStamp(string Inputs, string Results);
