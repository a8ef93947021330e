using Changji.Evaluation.Facts;

namespace Changji.Evaluation.Catalogue;

/// <summary>Output codes (<c>primary</c>, <c>junior</c>) and Chinese names of <see cref="SchoolLevel"/>.</summary>
public static class LevelCodes
{
    public static string ToCode(this SchoolLevel level) => level switch
    {
        SchoolLevel.Primary => "primary",
        SchoolLevel.Junior => "junior",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string ToChinese(this SchoolLevel level) => level switch
    {
        SchoolLevel.Primary => "小学",
        SchoolLevel.Junior => "初中",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static SchoolLevel Parse(string code) => code.Trim().ToLowerInvariant() switch
    {
        "primary" => SchoolLevel.Primary,
        "junior" => SchoolLevel.Junior,
        _ => throw new CatalogueException($"Unknown level '{code}' (expected primary, junior)."),
    };
}
