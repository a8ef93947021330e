using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.Output;

/// <summary>The columns of 学校基础数据 (docs/input-files.md §1), in the order of the spec.</summary>
public static class StatisticsColumns
{
    public static IReadOnlyList<Column<SchoolStatistics>> All(MoneyUnit equipmentUnit) =>
    [
        new(ColumnNames.Of("year"), "year", s => s.Year),
        new(ColumnNames.Of("school_code"), "school_code", s => s.SchoolCode),
        new(ColumnNames.Of("school_name"), "school_name", s => s.SchoolName),
        new(ColumnNames.Of("school_type"), "school_type", s => s.SchoolType.ToChinese()),
        new(ColumnNames.Of("urban_rural"), "urban_rural", s => s.UrbanRural.ToChinese()),
        new(ColumnNames.Of("sponsor"), "sponsor", s => s.Sponsor.ToChinese()),
        new(ColumnNames.Of("township"), "township", s => s.Township),
        new(ColumnNames.Of("primary_students"), "primary_students", s => s.PrimaryStudents),
        new(ColumnNames.Of("junior_students"), "junior_students", s => s.JuniorStudents),
        new(ColumnNames.Of("senior_students"), "senior_students", s => s.SeniorStudents),
        new(ColumnNames.Of("primary_classes"), "primary_classes", s => s.PrimaryClasses),
        new(ColumnNames.Of("junior_classes"), "junior_classes", s => s.JuniorClasses),
        new(ColumnNames.Of("primary_max_class_size"), "primary_max_class_size", s => s.PrimaryMaxClassSize),
        new(ColumnNames.Of("junior_max_class_size"), "junior_max_class_size", s => s.JuniorMaxClassSize),
        new(ColumnNames.Of("primary_teachers"), "primary_teachers", s => s.PrimaryTeachers),
        new(ColumnNames.Of("junior_teachers"), "junior_teachers", s => s.JuniorTeachers),
        new(ColumnNames.Of("primary_qualified_teachers"), "primary_qualified_teachers", s => s.PrimaryQualifiedTeachers),
        new(ColumnNames.Of("junior_qualified_teachers"), "junior_qualified_teachers", s => s.JuniorQualifiedTeachers),
        new(ColumnNames.Of("primary_backbone_teachers"), "primary_backbone_teachers", s => s.PrimaryBackboneTeachers),
        new(ColumnNames.Of("junior_backbone_teachers"), "junior_backbone_teachers", s => s.JuniorBackboneTeachers),
        new(ColumnNames.Of("primary_pe_art_teachers"), "primary_pe_art_teachers", s => s.PrimaryPeArtTeachers),
        new(ColumnNames.Of("junior_pe_art_teachers"), "junior_pe_art_teachers", s => s.JuniorPeArtTeachers),
        new(ColumnNames.Of("certified_teachers"), "certified_teachers", s => s.CertifiedTeachers),
        new(ColumnNames.Area("teaching_area_m2"), "teaching_area_m2", s => Area(s.TeachingAreaM2)),
        new(ColumnNames.Area("indoor_sports_area_m2"), "indoor_sports_area_m2", s => Area(s.IndoorSportsAreaM2)),
        new(ColumnNames.Area("sports_ground_area_m2"), "sports_ground_area_m2", s => Area(s.SportsGroundAreaM2)),
        new(ColumnNames.Money("equipment_value", equipmentUnit), "equipment_value", s => equipmentUnit.FromYuan(s.EquipmentValueYuan)),
        new(ColumnNames.Of("multimedia_classrooms"), "multimedia_classrooms", s => s.MultimediaClassrooms),
        new(ColumnNames.Of("music_rooms"), "music_rooms", s => s.MusicRooms),
        new(ColumnNames.Area("music_room_min_area_m2"), "music_room_min_area_m2", s => Area(s.MusicRoomMinAreaM2)),
        new(ColumnNames.Of("art_rooms"), "art_rooms", s => s.ArtRooms),
        new(ColumnNames.Area("art_room_min_area_m2"), "art_room_min_area_m2", s => Area(s.ArtRoomMinAreaM2)),
    ];

    private static decimal? Area(double? m2) => m2 is null ? null : (decimal)m2.Value;
}
