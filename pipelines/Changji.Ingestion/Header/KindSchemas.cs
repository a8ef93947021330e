namespace Changji.Ingestion;

/// <summary>The three kinds of steward file and their columns, as input-files.md §1–§3 define them.</summary>
internal static class KindSchemas
{
    private static readonly ColumnSpec Year = new("year", "学年", HeaderRequired: true);
    private static readonly ColumnSpec SchoolCode = new("school_code", "学校标识码", HeaderRequired: true);

    public static KindSchema Statistics { get; } = new(FileKind.Statistics,
    [
        Year,
        SchoolCode,
        new("school_name", "学校名称", HeaderRequired: true),
        new("school_type", "办学类型", HeaderRequired: true),
        new("urban_rural", "城乡分类", HeaderRequired: true),
        new("sponsor", "举办者", HeaderRequired: true),
        new("township", "乡镇（街道）", ExtraNames: ["乡镇", "街道"]),
        new("primary_students", "小学在校生数", HeaderRequired: true),
        new("junior_students", "初中在校生数", HeaderRequired: true),
        new("senior_students", "高中在校生数"),
        new("primary_classes", "小学教学班数", HeaderRequired: true),
        new("junior_classes", "初中教学班数", HeaderRequired: true),
        new("primary_max_class_size", "小学最大班额"),
        new("junior_max_class_size", "初中最大班额"),
        new("primary_teachers", "小学专任教师数", HeaderRequired: true),
        new("junior_teachers", "初中专任教师数", HeaderRequired: true),
        new("primary_qualified_teachers", "小学专科及以上学历专任教师数"),
        new("junior_qualified_teachers", "初中本科及以上学历专任教师数"),
        new("primary_backbone_teachers", "小学县级以上骨干教师数"),
        new("junior_backbone_teachers", "初中县级以上骨干教师数"),
        new("primary_pe_art_teachers", "小学体育艺术专任教师数"),
        new("junior_pe_art_teachers", "初中体育艺术专任教师数"),
        new("certified_teachers", "持教师资格证专任教师数"),
        Area("teaching_area_m2", "教学及辅助用房面积（平方米）"),
        Area("indoor_sports_area_m2", "其中：室内体育用房面积（平方米）", "室内体育用房面积（平方米）"),
        Area("sports_ground_area_m2", "运动场地面积（平方米）"),
        Money("equipment_value", "教学仪器设备资产值（万元）", Unit.TenThousandYuan),
        new("multimedia_classrooms", "网络多媒体教室数"),
        new("music_rooms", "音乐专用教室数"),
        Area("music_room_min_area_m2", "音乐专用教室最小面积（平方米）"),
        new("art_rooms", "美术专用教室数"),
        Area("art_room_min_area_m2", "美术专用教室最小面积（平方米）"),
    ]);

    public static KindSchema Funding { get; } = new(FileKind.Funding,
    [
        Year,
        SchoolCode,
        new("school_name", "学校名称"),
        Money("public_funds_budget", "公用经费预算总额（元）", Unit.Yuan),
        Money("training_budget", "教师培训经费预算（元）", Unit.Yuan),
        Money("public_funds_allocated", "公用经费实际拨付（元）", Unit.Yuan),
    ]);

    public static KindSchema County { get; } = new(FileKind.County,
    [
        Year,
        new("code", "指标代码", HeaderRequired: true),
        new("value", "数值", HeaderRequired: true),
        new("note", "说明"),
    ]);

    public static IReadOnlyList<KindSchema> All { get; } = [Statistics, Funding, County];

    public static KindSchema For(FileKind kind) => All.First(s => s.Kind == kind);

    public static bool IsKindSheetName(string? sheetName) =>
        sheetName is not null && All.Any(s => HeaderText.Normalize(sheetName) == HeaderText.Normalize(s.ChineseName));

    private static ColumnSpec Area(string key, string name, params string[] extra) =>
        new(key, name, Dimension: Dimension.Area, DefaultUnit: Unit.SquareMetre, ExtraNames: extra);

    private static ColumnSpec Money(string key, string name, Unit defaultUnit) =>
        new(key, name, Dimension: Dimension.Money, DefaultUnit: defaultUnit);
}
