using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Ingestion.Findings;
using Changji.Text;

namespace Changji.Ingestion.Rows;

/// <summary>Reads and checks one row of 学校基础数据 (docs/input-files.md §1).</summary>
internal static class StatisticsRowReader
{
    public static SchoolStatistics? Read(RowValues row, int year, RowCounty county, SeniorColumnCheck seniorColumn)
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
            CheckLevels(row, schoolType, p, j, seniorStudents, seniorColumn);
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
            CountyCode = county.Code,
            CountyNames = county.Names,
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

    /// <summary>
    /// A type fixes which levels have students; each contradicting level is reported. Without a
    /// 高中在校生数 column the senior level of a 完全中学 or 十二年一贯制学校 is not judged row by row:
    /// the file gets one finding instead (<see cref="SeniorColumnCheck"/>).
    /// </summary>
    private static void CheckLevels(RowValues row, SchoolType type, int primary, int junior, int senior, SeniorColumnCheck seniorColumn)
    {
        if (SchoolTypeLevels.For(type) is not { } levels)
        {
            return;
        }

        Check(row, "primary_students", levels, levels.Primary, primary, type);
        Check(row, "junior_students", levels, levels.Junior, junior, type);
        if (levels.Senior && !row.HasColumn("senior_students"))
        {
            seniorColumn.Observe(row, type);
            return;
        }
        Check(row, "senior_students", levels, levels.Senior, senior, type);
    }

    private static void Check(RowValues row, string key, SchoolTypeLevels levels, bool mustHave, int students, SchoolType type)
    {
        if (mustHave == students > 0)
        {
            return;
        }

        // Worded only for a finding: a row whose levels fit its type, the usual case, costs no text.
        var typeName = type.ToChinese();
        var expected = ZhCn.Format("finding.type_level_mismatch.expected", ("type", typeName), ("levels", levels.DescribeZh()));

        var seen = row.Raw(key);
        var value = seen.IsBlank ? "0" : seen.Text;
        if (levels.MayBeEmpty == key)
        {
            var level = key == "senior_students" ? ZhCn.Text("finding.type_level_mismatch.senior") : SchoolLevel.Junior.ToChinese();
            row.Warning(FindingCodes.LevelWithoutStudents, key, value,
                ZhCn.Format("finding.level_without_students.problem", ("type", typeName), ("level", level)),
                ZhCn.Format("finding.level_without_students.expected", ("level", level), ("column", row.Label(key))));
            return;
        }
        row.Error(FindingCodes.TypeLevelMismatch, key, value, ZhCn.Format("finding.type_level_mismatch.problem", ("type", typeName)), expected);
    }
}
