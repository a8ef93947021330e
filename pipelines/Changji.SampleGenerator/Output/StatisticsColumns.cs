using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.Output;

/// <summary>The columns of 学校基础数据 (input-files.md §1), in the order of the spec.</summary>
public static class StatisticsColumns
{
    public static IReadOnlyList<Column<SchoolStatistics>> All(MoneyUnit equipmentUnit) =>
    [
        new("学年", "year", s => s.Year),
        new("学校标识码", "school_code", s => s.SchoolCode),
        new("学校名称", "school_name", s => s.SchoolName),
        new("办学类型", "school_type", s => s.SchoolType.ToChinese()),
        new("城乡分类", "urban_rural", s => s.UrbanRural.ToChinese()),
        new("举办者", "sponsor", s => s.Sponsor.ToChinese()),
        new("乡镇（街道）", "township", s => s.Township),
        new("小学在校生数", "primary_students", s => s.PrimaryStudents),
        new("初中在校生数", "junior_students", s => s.JuniorStudents),
        new("高中在校生数", "senior_students", s => s.SeniorStudents),
        new("小学教学班数", "primary_classes", s => s.PrimaryClasses),
        new("初中教学班数", "junior_classes", s => s.JuniorClasses),
        new("小学最大班额", "primary_max_class_size", s => s.PrimaryMaxClassSize),
        new("初中最大班额", "junior_max_class_size", s => s.JuniorMaxClassSize),
        new("小学专任教师数", "primary_teachers", s => s.PrimaryTeachers),
        new("初中专任教师数", "junior_teachers", s => s.JuniorTeachers),
        new("小学专科及以上学历专任教师数", "primary_qualified_teachers", s => s.PrimaryQualifiedTeachers),
        new("初中本科及以上学历专任教师数", "junior_qualified_teachers", s => s.JuniorQualifiedTeachers),
        new("小学县级以上骨干教师数", "primary_backbone_teachers", s => s.PrimaryBackboneTeachers),
        new("初中县级以上骨干教师数", "junior_backbone_teachers", s => s.JuniorBackboneTeachers),
        new("小学体育艺术专任教师数", "primary_pe_art_teachers", s => s.PrimaryPeArtTeachers),
        new("初中体育艺术专任教师数", "junior_pe_art_teachers", s => s.JuniorPeArtTeachers),
        new("持教师资格证专任教师数", "certified_teachers", s => s.CertifiedTeachers),
        new("教学及辅助用房面积（平方米）", "teaching_area_m2", s => Area(s.TeachingAreaM2)),
        new("其中：室内体育用房面积（平方米）", "indoor_sports_area_m2", s => Area(s.IndoorSportsAreaM2)),
        new("运动场地面积（平方米）", "sports_ground_area_m2", s => Area(s.SportsGroundAreaM2)),
        new("教学仪器设备资产值" + equipmentUnit.Suffix(), "equipment_value", s => equipmentUnit.FromYuan(s.EquipmentValueYuan)),
        new("网络多媒体教室数", "multimedia_classrooms", s => s.MultimediaClassrooms),
        new("音乐专用教室数", "music_rooms", s => s.MusicRooms),
        new("音乐专用教室最小面积（平方米）", "music_room_min_area_m2", s => Area(s.MusicRoomMinAreaM2)),
        new("美术专用教室数", "art_rooms", s => s.ArtRooms),
        new("美术专用教室最小面积（平方米）", "art_room_min_area_m2", s => Area(s.ArtRoomMinAreaM2)),
    ];

    private static decimal? Area(double? m2) => m2 is null ? null : (decimal)m2.Value;
}
