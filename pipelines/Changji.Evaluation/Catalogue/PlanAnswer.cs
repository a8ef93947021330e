namespace Changji.Evaluation.Catalogue;

/// <summary>
/// Who answers for one item or alert rule: the plan's measures in the plan's order of relevance, and
/// units named directly (e.g. the data stewards' office for a rejected file, which no measure covers).
/// </summary>
public sealed record PlanAnswer(IReadOnlyList<int> Measures, IReadOnlyList<string> Units);
