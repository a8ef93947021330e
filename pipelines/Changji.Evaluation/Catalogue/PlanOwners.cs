namespace Changji.Evaluation.Catalogue;

/// <summary>The measures and responsible units (责任单位) of one ledger line, merged without repeats in order of first appearance.</summary>
public sealed record PlanOwners(IReadOnlyList<int> Measures, IReadOnlyList<string> Units)
{
    public static PlanOwners None { get; } = new([], []);
}
