using Changji.Evaluation.Facts;
using Changji.Text;

namespace Changji.Evaluation.Catalogue;

/// <summary>Output codes (<c>primary</c>, <c>junior</c>) of <see cref="SchoolLevel"/> and by code their Chinese names.</summary>
public static class LevelCodes
{
    public static CodeMap<SchoolLevel> Map { get; } = new("school_level", (SchoolLevel.Primary, "primary"), (SchoolLevel.Junior, "junior"));

    public static string ToCode(this SchoolLevel level) => Map.Code(level);

    public static string ToChinese(this SchoolLevel level) => Map.Label(level);

    /// <summary>A profile's level, forgiving case and spaces.</summary>
    public static SchoolLevel Parse(string code) => Map.TryParse(code.Trim().ToLowerInvariant(), out var level) ? level
        : throw new CatalogueException($"Unknown level '{code}' (expected primary, junior).");
}
