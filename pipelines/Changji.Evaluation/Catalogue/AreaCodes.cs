using Changji.Text;

namespace Changji.Evaluation.Catalogue;

/// <summary>The snake_case codes of <see cref="Area"/> used in profiles and outputs, and by code their Chinese names.</summary>
public static class AreaCodes
{
    public static CodeMap<Area> Map { get; } = new("area",
        (Area.Resource, "resource"), (Area.Guarantee, "guarantee"), (Area.Quality, "quality"), (Area.Recognition, "recognition"),
        (Area.Commitments, "commitments"));

    public static string ToCode(this Area area) => Map.Code(area);

    public static string ToChinese(this Area area) => Map.Label(area);

    /// <summary>The four areas of the national standard, in the order they are shown.</summary>
    public static IReadOnlyList<Area> National { get; } = [Area.Resource, Area.Guarantee, Area.Quality, Area.Recognition];

    /// <summary>A profile's area, forgiving case and spaces.</summary>
    public static Area Parse(string code) => Map.TryParse(code.Trim().ToLowerInvariant(), out var area) ? area
        : throw new CatalogueException($"Unknown area '{code}' (expected resource, guarantee, quality, recognition, commitments).");
}
