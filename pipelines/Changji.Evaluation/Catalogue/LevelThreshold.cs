namespace Changji.Evaluation.Catalogue;

/// <summary>The threshold of an L indicator at one level and its floor (the lowest value a miss may have).</summary>
public sealed record LevelThreshold(double Threshold, double Floor);
