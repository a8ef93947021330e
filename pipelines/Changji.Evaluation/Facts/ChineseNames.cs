using Changji.Text;

namespace Changji.Evaluation.Facts;

/// <summary>
/// The codes of the fact enums and, by code, their Chinese names (zh-CN.json) that stewards write and leaders read.
/// </summary>
public static class ChineseNames
{
    public static CodeMap<SchoolType> SchoolTypes { get; } = new("school_type",
        (SchoolType.Primary, "primary"),
        (SchoolType.Junior, "junior"),
        (SchoolType.NineYear, "nine_year"),
        (SchoolType.Complete, "complete"),
        (SchoolType.TwelveYear, "twelve_year"),
        (SchoolType.TeachingPoint, "teaching_point"),
        (SchoolType.SpecialEducation, "special_education"));

    public static CodeMap<UrbanRural> UrbanRurals { get; } = new("urban_rural",
        (UrbanRural.Urban, "urban"), (UrbanRural.Town, "town"), (UrbanRural.Rural, "rural"));

    public static CodeMap<Sponsor> Sponsors { get; } = new("sponsor", (Sponsor.Public, "public"), (Sponsor.Private, "private"));

    public static string ToCode(this SchoolType type) => SchoolTypes.Code(type);

    public static string ToChinese(this SchoolType type) => SchoolTypes.Label(type);

    public static string ToCode(this UrbanRural urbanRural) => UrbanRurals.Code(urbanRural);

    public static string ToChinese(this UrbanRural urbanRural) => UrbanRurals.Label(urbanRural);

    public static string ToCode(this Sponsor sponsor) => Sponsors.Code(sponsor);

    public static string ToChinese(this Sponsor sponsor) => Sponsors.Label(sponsor);
}
