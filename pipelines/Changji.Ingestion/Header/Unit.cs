using Changji.Text;

namespace Changji.Ingestion.Header;

/// <summary>What a column measures; a header unit must measure the same thing to apply.</summary>
internal enum Dimension
{
    None,
    Money,
    Area,
    /// <summary>Persons, rooms, classes: exports often write 人 or 间 after a count; it changes nothing.</summary>
    Count,
}

/// <summary>A unit a header may name in parentheses, with its factor to the canonical unit (元, m²).</summary>
internal sealed record Unit(string Label, Dimension Dimension, decimal Factor)
{
    public static Unit Yuan { get; } = new(ZhCn.Label("unit", "yuan"), Dimension.Money, 1m);
    public static Unit ThousandYuan { get; } = new(ZhCn.Label("unit", "thousand_yuan"), Dimension.Money, 1_000m);
    public static Unit TenThousandYuan { get; } = new(ZhCn.Label("unit", "ten_thousand_yuan"), Dimension.Money, 10_000m);
    public static Unit SquareMetre { get; } = new(ZhCn.Label("unit", "square_metre"), Dimension.Area, 1m);
    public static Unit CountOf(string label) => new(label, Dimension.Count, 1m);

    private static readonly Dictionary<string, Unit> ByLabel = new(StringComparer.Ordinal)
    {
        [Yuan.Label] = Yuan,
        [ThousandYuan.Label] = ThousandYuan,
        [TenThousandYuan.Label] = TenThousandYuan,
        [SquareMetre.Label] = SquareMetre,
        ["m²"] = SquareMetre,
        ["m2"] = SquareMetre,
        ["㎡"] = SquareMetre,
        ["人"] = CountOf("人"),
        ["名"] = CountOf("名"),
        ["个"] = CountOf("个"),
        ["间"] = CountOf("间"),
        ["班"] = CountOf("班"),
        ["所"] = CountOf("所"),
    };

    /// <summary>Looks up a unit given in normalized header form (lower case, no spaces).</summary>
    public static Unit? Find(string normalizedLabel) => ByLabel.GetValueOrDefault(normalizedLabel);

    public static string AllowedLabels(Dimension dimension) => dimension switch
    {
        Dimension.Money => ZhCn.Text("finding.unsupported_unit.money"),
        Dimension.Area => ZhCn.Text("finding.unsupported_unit.area"),
        _ => ZhCn.Text("finding.unsupported_unit.count"),
    };
}
