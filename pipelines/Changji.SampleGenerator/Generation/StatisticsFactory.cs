using Changji.Evaluation.Facts;
using Changji.SampleGenerator.County;

namespace Changji.SampleGenerator.Generation;

/// <summary>Builds one school's 学校基础数据 row for one year, in canonical units (persons, m², 元).</summary>
public static class StatisticsFactory
{
    public static SchoolStatistics Build(int year, SchoolProfile school)
    {
        var random = Seeds.For(year, school, "statistics");
        var enrolment = school.EnrolmentIn(year);
        var primaryClasses = LevelClasses.Build(school, SchoolLevel.Primary, enrolment.Primary, random);
        var juniorClasses = LevelClasses.Build(school, SchoolLevel.Junior, enrolment.Junior, random);
        var primary = LevelTeachers.Build(year, school, SchoolLevel.Primary, enrolment.Primary, random);
        var junior = LevelTeachers.Build(year, school, SchoolLevel.Junior, enrolment.Junior, random);
        var facilities = Facilities.Build(year, school, random);
        var rooms = SpecialistRooms.Build(school, primaryClasses.Classes + juniorClasses.Classes, random);

        return new SchoolStatistics
        {
            Year = year,
            SchoolCode = school.Code,
            SchoolName = school.Name,
            SchoolType = school.Type,
            UrbanRural = school.UrbanRural,
            Sponsor = school.Sponsor,
            Township = school.Township,
            PrimaryStudents = enrolment.Primary,
            JuniorStudents = enrolment.Junior,
            SeniorStudents = enrolment.Senior,
            PrimaryClasses = primaryClasses.Classes,
            JuniorClasses = juniorClasses.Classes,
            PrimaryMaxClassSize = Stories.OversizedPrimaryClass(year, school) ?? primaryClasses.MaxSize,
            JuniorMaxClassSize = juniorClasses.MaxSize,
            PrimaryTeachers = primary.Teachers,
            JuniorTeachers = junior.Teachers,
            PrimaryQualifiedTeachers = primary.Qualified,
            JuniorQualifiedTeachers = junior.Qualified,
            PrimaryBackboneTeachers = primary.Backbone,
            JuniorBackboneTeachers = junior.Backbone,
            PrimaryPeArtTeachers = primary.PeArt,
            JuniorPeArtTeachers = junior.PeArt,
            CertifiedTeachers = primary.Teachers + junior.Teachers - Stories.UncertifiedTeachers(year, school),
            TeachingAreaM2 = (double)facilities.TeachingArea,
            IndoorSportsAreaM2 = (double)facilities.IndoorSportsArea,
            SportsGroundAreaM2 = (double)facilities.SportsGroundArea,
            EquipmentValueYuan = (double)facilities.EquipmentYuan,
            MultimediaClassrooms = facilities.MultimediaClassrooms,
            MusicRooms = rooms.Music,
            MusicRoomMinAreaM2 = rooms.MusicMinArea,
            ArtRooms = rooms.Art,
            ArtRoomMinAreaM2 = rooms.ArtMinArea,
        };
    }
}
