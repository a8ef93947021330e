using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;

namespace Changji.Evaluation.Resource;

/// <summary>
/// What each L indicator counts. The codes and their numerators are fixed by the standard's
/// definitions (§1 table); the numbers compared with them live in the profile.
/// </summary>
internal enum Numerator
{
    QualifiedTeachers,
    BackboneTeachers,
    PeArtTeachers,
    TeachingRooms,
    SportsArea,
    Equipment,
    MultimediaRooms,
}

internal static class NumeratorOf
{
    public static Numerator For(IndicatorDefinition indicator) => indicator.Code.ToUpperInvariant() switch
    {
        "L1" => Numerator.QualifiedTeachers,
        "L2" => Numerator.BackboneTeachers,
        "L3" => Numerator.PeArtTeachers,
        "L4" => Numerator.TeachingRooms,
        "L5" => Numerator.SportsArea,
        "L6" => Numerator.Equipment,
        "L7" => Numerator.MultimediaRooms,
        _ => throw new CatalogueException($"The engine has no numerator for school indicator {indicator.Code}."),
    };

    /// <summary>The unit's raw numerator: the level's own teachers, or the level's share of facilities; null when not supplied.</summary>
    public static double? Value(Numerator numerator, SchoolStatistics s, SchoolLevel level, double share)
    {
        var primary = level == SchoolLevel.Primary;
        return numerator switch
        {
            Numerator.QualifiedTeachers => primary ? s.PrimaryQualifiedTeachers : s.JuniorQualifiedTeachers,
            Numerator.BackboneTeachers => primary ? s.PrimaryBackboneTeachers : s.JuniorBackboneTeachers,
            Numerator.PeArtTeachers => primary ? s.PrimaryPeArtTeachers : s.JuniorPeArtTeachers,
            // Indoor sports rooms are inside 教学及辅助用房: subtract here, add to L5, never count twice.
            Numerator.TeachingRooms => s.TeachingAreaM2 - s.IndoorSportsAreaM2 is { } rooms ? rooms * share : null,
            Numerator.SportsArea => s.IndoorSportsAreaM2 + s.SportsGroundAreaM2 is { } sports ? sports * share : null,
            Numerator.Equipment => s.EquipmentValueYuan is { } yuan ? yuan * share : null,
            Numerator.MultimediaRooms => s.MultimediaClassrooms is { } roomsCount ? roomsCount * share : null,
            _ => throw new ArgumentOutOfRangeException(nameof(numerator), numerator, null),
        };
    }
}
