namespace Changji.Evaluation.Catalogue;

/// <summary>
/// The county plan's work measures and which measure answers for which item or alert rule
/// (docs/plan-measures.md): the data behind the rectification ledger's 责任单位. It is part of the
/// profile (section <c>plan</c>), so a county edits it as data.
/// </summary>
public sealed record RectificationPlan
{
    private readonly Dictionary<int, PlanMeasure> byNumber;
    private readonly Dictionary<string, PlanAnswer> answers;

    public RectificationPlan(IReadOnlyList<PlanMeasure> measures, IReadOnlyDictionary<string, PlanAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(answers);
        Measures = measures;
        byNumber = [];
        foreach (var measure in measures)
        {
            if (!byNumber.TryAdd(measure.Number, measure))
            {
                throw new CatalogueException($"The plan defines measure {measure.Number} twice.");
            }
        }

        this.answers = new Dictionary<string, PlanAnswer>(answers, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, answer) in this.answers)
        {
            var unknown = answer.Measures.Where(n => !byNumber.ContainsKey(n)).ToList();
            if (unknown.Count > 0)
            {
                throw new CatalogueException($"The plan's answer for {key} names measure(s) {string.Join(", ", unknown)}, which the plan does not define.");
            }

            if (answer.Measures.Count == 0 && answer.Units.Count == 0)
            {
                throw new CatalogueException($"The plan's answer for {key} names neither a measure nor a unit.");
            }
        }
    }

    /// <summary>The measures in the plan's order.</summary>
    public IReadOnlyList<PlanMeasure> Measures { get; }

    /// <summary>Keys answered for: item codes (L1, G5, …), alert rule codes, or <c>rule:item</c> for one rule about one item.</summary>
    public IReadOnlyCollection<string> Keys => answers.Keys;

    public PlanMeasure Measure(int number) =>
        byNumber.TryGetValue(number, out var measure) ? measure : throw new CatalogueException($"The plan has no measure {number}.");

    public bool Answers(string key) => answers.ContainsKey(key);

    /// <summary>
    /// The owners of the given keys, in the order given: each key's measures and the units of those
    /// measures, then the key's own units, merged without repeats in order of first appearance.
    /// Keys the plan does not answer for are skipped.
    /// </summary>
    public PlanOwners Owners(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var measures = new List<int>();
        var units = new List<string>();
        foreach (var key in keys)
        {
            if (!answers.TryGetValue(key, out var answer))
            {
                continue;
            }

            foreach (var number in answer.Measures)
            {
                if (!measures.Contains(number))
                {
                    measures.Add(number);
                    AddNew(units, byNumber[number].Units);
                }
            }

            AddNew(units, answer.Units);
        }

        return measures.Count == 0 && units.Count == 0 ? PlanOwners.None : new PlanOwners(measures, units);
    }

    private static void AddNew(List<string> units, IEnumerable<string> more)
    {
        foreach (var unit in more)
        {
            if (!units.Contains(unit, StringComparer.Ordinal))
            {
                units.Add(unit);
            }
        }
    }
}
