namespace Changji.SampleGenerator.Output;

/// <summary>A header row and data rows, format-neutral: cells are string, int, decimal, bool or null.</summary>
public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);
