using Changji.Text;

namespace Changji.Ingestion;

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
    public static Unit Yuan { get; } = new("元", Dimension.Money, 1m);
    public static Unit ThousandYuan { get; } = new("千元", Dimension.Money, 1_000m);
    public static Unit TenThousandYuan { get; } = new("万元", Dimension.Money, 10_000m);
    public static Unit SquareMetre { get; } = new("平方米", Dimension.Area, 1m);
    public static Unit CountOf(string label) => new(label, Dimension.Count, 1m);

    private static readonly Dictionary<string, Unit> ByLabel = new(StringComparer.Ordinal)
    {
        ["元"] = Yuan,
        ["千元"] = ThousandYuan,
        ["万元"] = TenThousandYuan,
        ["平方米"] = SquareMetre,
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
