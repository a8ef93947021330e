using Changji.Evaluation.Facts;

namespace Changji.Benchmarks;

/// <summary>A reproducible county (or nation) of N schools with plausible numbers, for measuring the engine at scale.</summary>
public static class SyntheticCounty
{
    private static readonly SchoolType[] Types =
        [SchoolType.Primary, SchoolType.Primary, SchoolType.Primary, SchoolType.Junior, SchoolType.NineYear, SchoolType.Complete, SchoolType.TeachingPoint];

    public static CountyYear Build(int schools, int year = 2024, int seed = 42)
    {
        var random = new Random(seed);
        var list = new SchoolStatistics[schools];
        for (var i = 0; i < schools; i++)
        {
            var type = Types[random.Next(Types.Length)];
            var primary = type is SchoolType.Primary or SchoolType.NineYear or SchoolType.TeachingPoint ? random.Next(40, 2000) : 0;
            var junior = type is SchoolType.Junior or SchoolType.NineYear or SchoolType.Complete ? random.Next(100, 1800) : 0;
            var senior = type == SchoolType.Complete ? random.Next(100, 1500) : 0;
            var pt = primary / 15;
            var jt = junior / 12;
            var all = primary + junior + senior;
            list[i] = new SchoolStatistics
            {
                Year = year,
                SchoolCode = (6500000000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                SchoolName = $"学校{i}",
                SchoolType = type,
                UrbanRural = (UrbanRural)random.Next(3),
                Sponsor = random.Next(20) == 0 ? Sponsor.Private : Sponsor.Public,
                PrimaryStudents = primary,
                JuniorStudents = junior,
                SeniorStudents = senior,
                PrimaryClasses = primary / 40,
                JuniorClasses = junior / 45,
                PrimaryMaxClassSize = primary > 0 ? 44 : null,
                JuniorMaxClassSize = junior > 0 ? 49 : null,
                PrimaryTeachers = pt,
                JuniorTeachers = jt,
                PrimaryQualifiedTeachers = pt * 9 / 10,
                JuniorQualifiedTeachers = jt * 9 / 10,
                PrimaryBackboneTeachers = pt / 8,
                JuniorBackboneTeachers = jt / 8,
                PrimaryPeArtTeachers = pt / 9,
                JuniorPeArtTeachers = jt / 9,
                CertifiedTeachers = pt + jt,
                TeachingAreaM2 = all * random.Next(4, 8),
                IndoorSportsAreaM2 = all * 0.3,
                SportsGroundAreaM2 = all * random.Next(7, 13),
                EquipmentValueYuan = all * random.Next(1800, 3200),
                MultimediaClassrooms = all * 3 / 100,
                MusicRooms = 2,
                MusicRoomMinAreaM2 = 100,
                ArtRooms = 2,
                ArtRoomMinAreaM2 = 95,
            };
        }

        return new CountyYear { Year = year, Schools = list };
    }
}
