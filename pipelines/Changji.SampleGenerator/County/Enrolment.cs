namespace Changji.SampleGenerator.County;

/// <summary>Pupils of one school in one year, per level.</summary>
public sealed record Enrolment(int Primary, int Junior, int Senior = 0);
