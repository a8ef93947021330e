using Changji.Text;

namespace Changji.Ingestion.Header;

/// <summary>The three kinds of steward file and their columns, as docs/input-files.md §1–§3 define them.</summary>
internal static class KindSchemas
{
    private static readonly ColumnSpec Year = Column("year", headerRequired: true);
    private static readonly ColumnSpec SchoolCode = Column("school_code", headerRequired: true);

    /// <summary>Optional in every kind: the row's county and its names (docs/input-files.md §5).</summary>
    private static readonly ColumnSpec[] CountyColumns =
        [Column("county_code"), Column("county_name"), Column("prefecture_name"), Column("province_name")];

    public static KindSchema Statistics { get; } = new(FileKind.Statistics,
    [
        Year,
        SchoolCode,
        Column("school_name", headerRequired: true),
        Column("school_type", headerRequired: true),
        Column("urban_rural", headerRequired: true),
        Column("sponsor", headerRequired: true),
        Column("township"),
        Column("primary_students", headerRequired: true),
        Column("junior_students", headerRequired: true),
        Column("senior_students"),
        Column("primary_classes", headerRequired: true),
        Column("junior_classes", headerRequired: true),
        Column("primary_max_class_size"),
        Column("junior_max_class_size"),
        Column("primary_teachers", headerRequired: true),
        Column("junior_teachers", headerRequired: true),
        Column("primary_qualified_teachers"),
        Column("junior_qualified_teachers"),
        Column("primary_backbone_teachers"),
        Column("junior_backbone_teachers"),
        Column("primary_pe_art_teachers"),
        Column("junior_pe_art_teachers"),
        Column("certified_teachers"),
        Area("teaching_area_m2"),
        Area("indoor_sports_area_m2"),
        Area("sports_ground_area_m2"),
        Money("equipment_value", Unit.TenThousandYuan),
        Column("multimedia_classrooms"),
        Column("music_rooms"),
        Area("music_room_min_area_m2"),
        Column("art_rooms"),
        Area("art_room_min_area_m2"),
        .. CountyColumns,
    ]);

    public static KindSchema Funding { get; } = new(FileKind.Funding,
    [
        Year,
        SchoolCode,
        Column("school_name"),
        Money("public_funds_budget", Unit.Yuan),
        Money("training_budget", Unit.Yuan),
        Money("public_funds_allocated", Unit.Yuan),
        .. CountyColumns,
    ]);

    public static KindSchema County { get; } = new(FileKind.County,
    [
        Year,
        Column("code", headerRequired: true),
        Column("value", headerRequired: true),
        Column("note"),
        .. CountyColumns,
    ]);

    public static IReadOnlyList<KindSchema> All { get; } = [Statistics, Funding, County];

    public static KindSchema For(FileKind kind) => All.First(s => s.Kind == kind);

    public static bool IsKindSheetName(string? sheetName) =>
        sheetName is not null && All.Any(s => HeaderText.Normalize(sheetName) == HeaderText.Normalize(s.ChineseName));

    /// <summary>A column named by the catalogue (labels <c>column</c>), with the other spellings stewards use (aliases).</summary>
    private static ColumnSpec Column(string key, bool headerRequired = false) =>
        new(key, ZhCn.Label("column", key), HeaderRequired: headerRequired, ExtraNames: ExtraNames(key));

    private static ColumnSpec Area(string key) =>
        new(key, WithUnit(key, Unit.SquareMetre), Dimension: Dimension.Area, DefaultUnit: Unit.SquareMetre, ExtraNames: ExtraNames(key));

    private static ColumnSpec Money(string key, Unit defaultUnit) =>
        new(key, WithUnit(key, defaultUnit), Dimension: Dimension.Money, DefaultUnit: defaultUnit, ExtraNames: ExtraNames(key));

    /// <summary>An amount's header names its default unit: 教学及辅助用房面积（平方米）.</summary>
    private static string WithUnit(string key, Unit unit) =>
        ZhCn.Format("column.with_unit", ("name", ZhCn.Label("column", key)), ("unit", unit.Label));

    private static string[] ExtraNames(string key) =>
        [.. ZhCn.Aliases("column").Where(a => a.Value == key).Select(a => a.Key)];
}
