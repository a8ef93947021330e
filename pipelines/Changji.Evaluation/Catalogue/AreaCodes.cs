namespace Changji.Evaluation.Catalogue;

/// <summary>The snake_case codes of <see cref="Area"/> used in profiles and outputs, and their Chinese names.</summary>
public static class AreaCodes
{
    public static string ToCode(this Area area) => area switch
    {
        Area.Resource => "resource",
        Area.Guarantee => "guarantee",
        Area.Quality => "quality",
        Area.Recognition => "recognition",
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, null),
    };

    public static string ToChinese(this Area area) => area switch
    {
        Area.Resource => "资源配置",
        Area.Guarantee => "政府保障程度",
        Area.Quality => "教育质量",
        Area.Recognition => "社会认可度",
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, null),
    };

    public static Area Parse(string code) => code.Trim().ToLowerInvariant() switch
    {
        "resource" => Area.Resource,
        "guarantee" => Area.Guarantee,
        "quality" => Area.Quality,
        "recognition" => Area.Recognition,
        _ => throw new CatalogueException($"Unknown area '{code}' (expected resource, guarantee, quality, recognition)."),
    };
}
