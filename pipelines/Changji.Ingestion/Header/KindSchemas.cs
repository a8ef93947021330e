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
        Count("primary_students", headerRequired: true),
        Count("junior_students", headerRequired: true),
        Count("senior_students"),
        Count("primary_classes", headerRequired: true),
        Count("junior_classes", headerRequired: true),
        Count("primary_max_class_size"),
        Count("junior_max_class_size"),
        Count("primary_teachers", headerRequired: true),
        Count("junior_teachers", headerRequired: true),
        Count("primary_qualified_teachers"),
        Count("junior_qualified_teachers"),
        Count("primary_backbone_teachers"),
        Count("junior_backbone_teachers"),
        Count("primary_pe_art_teachers"),
        Count("junior_pe_art_teachers"),
        Count("certified_teachers"),
        Area("teaching_area_m2"),
        Area("indoor_sports_area_m2"),
        Area("sports_ground_area_m2"),
        Money("equipment_value", Unit.TenThousandYuan),
        Count("multimedia_classrooms"),
        Count("music_rooms"),
        Area("music_room_min_area_m2"),
        Count("art_rooms"),
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

    /// <summary>A count of persons, rooms or classes: a whole number ≥ 0 (the row readers check it; templates validate it).</summary>
    private static ColumnSpec Count(string key, bool headerRequired = false) =>
        Column(key, headerRequired) with { WholeNumber = true };

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
