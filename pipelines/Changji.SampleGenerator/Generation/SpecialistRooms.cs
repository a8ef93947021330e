using Changji.Evaluation.Facts;
using Changji.SampleGenerator.County;

namespace Changji.SampleGenerator.Generation;

/// <summary>G3 music and art rooms: one per 12 classes or more, each at least 96 m² / 90 m².</summary>
public sealed record SpecialistRooms(int Music, double? MusicMinArea, int Art, double? ArtMinArea)
{
    public static SpecialistRooms Build(SchoolProfile school, int classes, Random random)
    {
        // Teaching points are exempt from G3 and have no specialist rooms: the optional areas stay blank.
        if (school.Type == SchoolType.TeachingPoint)
        {
            return new(0, null, 0, null);
        }

        var needed = Math.Max(1, (int)Math.Ceiling(classes / 12.0));
        return new(
            needed + random.Next(0, 2),
            random.Next(96, 129),
            needed + random.Next(0, 2),
            random.Next(90, 119));
    }
}
