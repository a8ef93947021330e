namespace Changji.Evaluation.Catalogue;

/// <summary>A resolved (inheritance applied) version of the standard: settings and every item.</summary>
public sealed record Profile
{
    private readonly Dictionary<string, IndicatorDefinition> byCode;

    public Profile(string name, string version, string titleZh, string? basedOn, ResourceSettings resource,
        IReadOnlyList<IndicatorDefinition> items)
    {
        Name = name;
        Version = version;
        TitleZh = titleZh;
        BasedOn = basedOn;
        Resource = resource;
        Items = items;
        byCode = new Dictionary<string, IndicatorDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            if (!byCode.TryAdd(item.Code, item))
            {
                throw new CatalogueException($"Profile {name} defines {item.Code} twice.");
            }
        }
        SchoolIndicators = items.Where(i => i.IsSchoolIndicator).ToArray();
    }

    public string Name { get; }
    public string Version { get; }
    public string TitleZh { get; }
    public string? BasedOn { get; }
    public ResourceSettings Resource { get; }
    /// <summary>The county plan's measures and who answers for what (section <c>plan</c>); null for a profile without a plan.</summary>
    public RectificationPlan? Plan { get; init; }
    /// <summary>Every item in catalogue order (base items first, overrides in place, additions after).</summary>
    public IReadOnlyList<IndicatorDefinition> Items { get; }
    /// <summary>The L indicators (those with per-level thresholds).</summary>
    public IReadOnlyList<IndicatorDefinition> SchoolIndicators { get; }

    public IndicatorDefinition Get(string code) =>
        byCode.TryGetValue(code, out var item)
            ? item
            : throw new CatalogueException($"Profile {Name} has no item {code}.");

    public bool TryGet(string code, out IndicatorDefinition item) => byCode.TryGetValue(code, out item!);

    public IEnumerable<IndicatorDefinition> InArea(Area area) => Items.Where(i => i.Area == area);

    /// <summary>The dim_indicator rows of this profile.</summary>
    public IReadOnlyList<IndicatorRow> IndicatorRows()
    {
        var rows = new List<IndicatorRow>();
        foreach (var item in Items)
        {
            if (!item.IsSchoolIndicator)
            {
                rows.Add(Row(item, null, item.Threshold, null));
                continue;
            }
            foreach (var (level, limits) in item.Levels.OrderBy(l => l.Key))
            {
                rows.Add(Row(item, level.ToCode(), limits.Threshold, limits.Floor));
            }
        }
        return rows;
    }

    private IndicatorRow Row(IndicatorDefinition item, string? level, double? threshold, double? floor) =>
        new(item.Code, item.Area.ToCode(), item.NameZh, level, threshold, floor, item.Comparator.ToSymbol(),
            item.Unit, item.Source.ToCode(), item.RuleZh, Name);
}
