using Changji.Evaluation.Facts;
using Changji.Ingestion.Findings;
using Changji.Text;

namespace Changji.Ingestion.Rows;

/// <summary>Reads and checks one row of 学校基础数据 (docs/input-files.md §1).</summary>
internal static class StatisticsRowReader
{
    public static SchoolStatistics? Read(RowValues row, int year)
    {
        var code = row.SchoolCode("school_code");
        row.Key = code;
        var name = row.Text("school_name", required: true);
        var type = row.Choose("school_type", ChineseChoices.SchoolTypes);
        var urbanRural = row.Choose("urban_rural", ChineseChoices.UrbanRural);
        var sponsor = row.Choose("sponsor", ChineseChoices.Sponsors);
        var township = row.Text("township", required: false);

        var primaryStudents = row.Count("primary_students", required: true);
        var juniorStudents = row.Count("junior_students", required: true);
        var seniorStudents = row.Count("senior_students", required: false) ?? 0;
        var primaryClasses = row.Count("primary_classes", required: true);
        var juniorClasses = row.Count("junior_classes", required: true);
        var primaryMax = row.Count("primary_max_class_size", primaryClasses > 0, "primary_classes");
        var juniorMax = row.Count("junior_max_class_size", juniorClasses > 0, "junior_classes");

        var teachers = TeacherCounts.Read(row);
        var facilities = Facilities.Read(row);

        if (type is SchoolType schoolType && primaryStudents is int p && juniorStudents is int j)
        {
            CheckLevels(row, schoolType, p, j, seniorStudents);
        }
        if (row.HasError)
        {
            return null;
        }

        return new SchoolStatistics
        {
            Year = year,
            SchoolCode = code!,
            SchoolName = name!,
            SchoolType = type.GetValueOrDefault(),
            UrbanRural = urbanRural.GetValueOrDefault(),
            Sponsor = sponsor.GetValueOrDefault(),
            Township = township,
            PrimaryStudents = primaryStudents.GetValueOrDefault(),
            JuniorStudents = juniorStudents.GetValueOrDefault(),
            SeniorStudents = seniorStudents,
            PrimaryClasses = primaryClasses.GetValueOrDefault(),
            JuniorClasses = juniorClasses.GetValueOrDefault(),
            PrimaryMaxClassSize = primaryMax,
            JuniorMaxClassSize = juniorMax,
            PrimaryTeachers = teachers.Primary.GetValueOrDefault(),
            JuniorTeachers = teachers.Junior.GetValueOrDefault(),
            PrimaryQualifiedTeachers = teachers.PrimaryQualified,
            JuniorQualifiedTeachers = teachers.JuniorQualified,
            PrimaryBackboneTeachers = teachers.PrimaryBackbone,
            JuniorBackboneTeachers = teachers.JuniorBackbone,
            PrimaryPeArtTeachers = teachers.PrimaryPeArt,
            JuniorPeArtTeachers = teachers.JuniorPeArt,
            CertifiedTeachers = teachers.Certified,
            TeachingAreaM2 = facilities.TeachingArea,
            IndoorSportsAreaM2 = facilities.IndoorSportsArea,
            SportsGroundAreaM2 = facilities.SportsGroundArea,
            EquipmentValueYuan = facilities.EquipmentValue,
            MultimediaClassrooms = facilities.MultimediaClassrooms,
            MusicRooms = facilities.MusicRooms,
            MusicRoomMinAreaM2 = facilities.MusicRoomMinArea,
            ArtRooms = facilities.ArtRooms,
            ArtRoomMinAreaM2 = facilities.ArtRoomMinArea,
        };
    }

    /// <summary>A type fixes which levels have students; each contradicting level is reported.</summary>
    private static void CheckLevels(RowValues row, SchoolType type, int primary, int junior, int senior)
    {
        if (SchoolTypeLevels.For(type) is not { } levels)
        {
            return;
        }

        var typeName = type.ToChinese();
        var expected = ZhCn.Format("finding.type_level_mismatch.expected", ("type", typeName), ("levels", levels.DescribeZh()));
        Check(row, "primary_students", levels.Primary, primary, typeName, expected);
        Check(row, "junior_students", levels.Junior, junior, typeName, expected);
        Check(row, "senior_students", levels.Senior, senior, typeName, expected);
    }

    private static void Check(RowValues row, string key, bool mustHave, int students, string typeName, string expected)
    {
        if (mustHave == students > 0)
        {
            return;
        }

        var seen = row.Raw(key);
        row.Error(FindingCodes.TypeLevelMismatch, key, seen.IsBlank ? "0" : seen.Text, ZhCn.Format("finding.type_level_mismatch.problem", ("type", typeName)), expected);
    }
}
