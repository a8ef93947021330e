namespace Changji.Ingestion.Tests.Support;

/// <summary>Valid sample files of each kind, as a steward of 昌吉市 would fill them for 2024.</summary>
internal static class Samples
{
    public const int Year = 2024;

    public static readonly string[] StatisticsHeaders =
    [
        "学年", "学校标识码", "学校名称", "办学类型", "城乡分类", "举办者", "乡镇（街道）",
        "小学在校生数", "初中在校生数", "高中在校生数", "小学教学班数", "初中教学班数", "小学最大班额", "初中最大班额",
        "小学专任教师数", "初中专任教师数", "小学专科及以上学历专任教师数", "初中本科及以上学历专任教师数",
        "小学县级以上骨干教师数", "初中县级以上骨干教师数", "小学体育艺术专任教师数", "初中体育艺术专任教师数",
        "持教师资格证专任教师数", "教学及辅助用房面积（平方米）", "其中：室内体育用房面积（平方米）", "运动场地面积（平方米）",
        "教学仪器设备资产值（万元）", "网络多媒体教室数", "音乐专用教室数", "音乐专用教室最小面积（平方米）",
        "美术专用教室数", "美术专用教室最小面积（平方米）",
    ];

    public static readonly string[] StatisticsAliases =
    [
        "year", "school_code", "school_name", "school_type", "urban_rural", "sponsor", "township",
        "primary_students", "junior_students", "senior_students", "primary_classes", "junior_classes",
        "primary_max_class_size", "junior_max_class_size", "primary_teachers", "junior_teachers",
        "primary_qualified_teachers", "junior_qualified_teachers", "primary_backbone_teachers", "junior_backbone_teachers",
        "primary_pe_art_teachers", "junior_pe_art_teachers", "certified_teachers", "teaching_area_m2",
        "indoor_sports_area_m2", "sports_ground_area_m2", "equipment_value", "multimedia_classrooms",
        "music_rooms", "music_room_min_area_m2", "art_rooms", "art_room_min_area_m2",
    ];

    /// <summary>Row 2 a 小学, row 3 a 九年一贯制学校, row 4 an 初级中学.</summary>
    public static Table Statistics() => new(StatisticsHeaders,
    [
        [2024, "6523010001", "昌吉市第一小学", "小学", "城区", "公办", "宁边路街道", 1200, 0, 0, 24, 0, 52, null,
            70, 0, 68, null, 10, null, 8, null, 69, 8000, 600, 12000, 350, 24, 2, 96, 2, 90],
        [2024, "6523010002", "昌吉市二六工镇九年一贯制学校", "九年一贯制学校", "镇区", "公办", "二六工镇", 600, 400, 0, 12, 9, 45, 50,
            40, 35, 40, 30, 5, 6, 5, 5, 75, 9000, 800, 15000, 420.5, 21, 1, 80, 1, 75],
        [2024, "6523010003", "昌吉市第三中学", "初级中学", "城区", "公办", null, 0, 900, 0, 0, 18, null, 50,
            0, 70, null, 66, null, 12, null, 9, 70, 10000, 900, 16000, 500, 18, 2, 100, 2, 100],
    ]);

    public static Table Funding() => new(["学年", "学校标识码", "学校名称", "公用经费预算总额（元）", "教师培训经费预算（元）", "公用经费实际拨付（元）"],
    [
        [2024, "6523010001", "昌吉市第一小学", 1_000_000, 50_000, 980_000],
        [2024, "6523010002", "昌吉市二六工镇九年一贯制学校", 800_000, 40_000, 800_000],
    ]);

    public static Table County() => new(["学年", "指标代码", "数值", "说明"],
    [
        [2024, "G1", "是", "昌市教〔2024〕12号"],
        [2024, "teacher_avg_salary", 98000, null],
        [2024, "training_360_completion_rate", "96.5%", null],
        [2024, "quality_monitoring_difference_rate", 0.12, null],
        [2024, "rotated_teachers", 35, null],
        [2024, "left_behind_care_system", "否", "=HYPERLINK(\"http://x\",\"y\")"],
    ]);
}
