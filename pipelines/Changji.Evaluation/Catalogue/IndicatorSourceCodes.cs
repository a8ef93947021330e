using Changji.Text;

namespace Changji.Evaluation.Catalogue;

/// <summary>Textual codes of <see cref="IndicatorSource"/> and by code their Chinese names.</summary>
public static class IndicatorSourceCodes
{
    public static CodeMap<IndicatorSource> Map { get; } = new("indicator_source",
        (IndicatorSource.Stats, "stats"), (IndicatorSource.Funding, "funding"), (IndicatorSource.County, "county"), (IndicatorSource.Evidence, "evidence"));

    public static string ToCode(this IndicatorSource source) => Map.Code(source);

    public static string ToChinese(this IndicatorSource source) => Map.Label(source);

    /// <summary>A profile's source, forgiving case and spaces.</summary>
    public static IndicatorSource Parse(string code) => Map.TryParse(code.Trim().ToLowerInvariant(), out var source) ? source
        : throw new CatalogueException($"Unknown source '{code}' (expected stats, funding, county, evidence).");
}
