namespace Changji.Evaluation.Catalogue;

/// <summary>The textual form of a <see cref="Comparator"/> used in profiles and in dim_indicator.</summary>
public static class ComparatorSymbols
{
    public static string ToSymbol(this Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => ">=",
        Comparator.AtMost => "<=",
        Comparator.LessThan => "<",
        Comparator.Equal => "=",
        Comparator.GreaterThan => ">",
        _ => throw new ArgumentOutOfRangeException(nameof(comparator), comparator, null),
    };

    /// <summary>The symbol as a reader of a Chinese report expects it (≥, ≤).</summary>
    public static string ToDisplay(this Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => "≥",
        Comparator.AtMost => "≤",
        _ => comparator.ToSymbol(),
    };

    public static Comparator Parse(string symbol) => symbol.Trim() switch
    {
        ">=" or "≥" => Comparator.AtLeast,
        "<=" or "≤" => Comparator.AtMost,
        "<" => Comparator.LessThan,
        "=" or "==" => Comparator.Equal,
        ">" => Comparator.GreaterThan,
        _ => throw new CatalogueException($"Unknown comparator '{symbol}' (expected >=, <=, <, =, >)."),
    };
}
