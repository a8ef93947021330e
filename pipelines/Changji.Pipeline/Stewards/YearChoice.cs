namespace Changji.Pipeline.Stewards;

/// <summary>The school year the page opens on (the current one, Beijing time) and the years to choose from.</summary>
public sealed record YearChoice(int Current, IReadOnlyList<int> Years);
