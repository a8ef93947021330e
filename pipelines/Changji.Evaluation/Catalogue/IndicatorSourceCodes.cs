namespace Changji.Evaluation.Catalogue;

/// <summary>Textual codes of <see cref="IndicatorSource"/>.</summary>
public static class IndicatorSourceCodes
{
    public static string ToCode(this IndicatorSource source) => source switch
    {
        IndicatorSource.Stats => "stats",
        IndicatorSource.Funding => "funding",
        IndicatorSource.County => "county",
        IndicatorSource.Evidence => "evidence",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    public static IndicatorSource Parse(string code) => code.Trim().ToLowerInvariant() switch
    {
        "stats" => IndicatorSource.Stats,
        "funding" => IndicatorSource.Funding,
        "county" => IndicatorSource.County,
        "evidence" => IndicatorSource.Evidence,
        _ => throw new CatalogueException($"Unknown source '{code}' (expected stats, funding, county, evidence)."),
    };
}
