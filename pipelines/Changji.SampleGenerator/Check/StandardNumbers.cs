using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.Check;

/// <summary>One L indicator's threshold at one level (docs/standard.md §1), stated once for generator and check.</summary>
public sealed record IndicatorThreshold(string Code, SchoolLevel Level, decimal Threshold);

/// <summary>
/// The numbers of docs/standard.md the generator aims at and checks against. Held apart from the engine's
/// catalogue on purpose: the samples must confirm the engine, not borrow from it.
/// </summary>
public static class StandardNumbers
{
    public const decimal FloorShare = 0.85m;
    public const int MinimumIndicatorsMet = 6;
    public const int ScopeMinimumTeachingPointStudents = 50;

    public static readonly IReadOnlyList<string> Codes = ["L1", "L2", "L3", "L4", "L5", "L6", "L7"];

    public static readonly IReadOnlyList<IndicatorThreshold> Thresholds =
    [
        new("L1", SchoolLevel.Primary, 4.2m), new("L1", SchoolLevel.Junior, 5.3m),
        new("L2", SchoolLevel.Primary, 1.0m), new("L2", SchoolLevel.Junior, 1.0m),
        new("L3", SchoolLevel.Primary, 0.9m), new("L3", SchoolLevel.Junior, 0.9m),
        new("L4", SchoolLevel.Primary, 4.5m), new("L4", SchoolLevel.Junior, 5.8m),
        new("L5", SchoolLevel.Primary, 7.5m), new("L5", SchoolLevel.Junior, 10.2m),
        new("L6", SchoolLevel.Primary, 2000m), new("L6", SchoolLevel.Junior, 2500m),
        new("L7", SchoolLevel.Primary, 2.3m), new("L7", SchoolLevel.Junior, 2.4m),
    ];

    public static decimal CvLimit(SchoolLevel level) => level == SchoolLevel.Primary ? 0.50m : 0.45m;

    public static decimal Threshold(string code, SchoolLevel level) =>
        Thresholds.Single(t => t.Code == code && t.Level == level).Threshold;

    /// <summary>"Per 100 students" indicators multiply the ratio by 100.</summary>
    public static bool IsPerHundred(string code) => code is "L1" or "L2" or "L3" or "L7";
}
