namespace Changji.Evaluation.Facts;

/// <summary>The Chinese names stewards write and leaders read for the fact enums.</summary>
public static class ChineseNames
{
    public static string ToChinese(this SchoolType type) => type switch
    {
        SchoolType.Primary => "小学",
        SchoolType.Junior => "初级中学",
        SchoolType.NineYear => "九年一贯制学校",
        SchoolType.Complete => "完全中学",
        SchoolType.TwelveYear => "十二年一贯制学校",
        SchoolType.TeachingPoint => "教学点",
        SchoolType.SpecialEducation => "特殊教育学校",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string ToChinese(this UrbanRural urbanRural) => urbanRural switch
    {
        UrbanRural.Urban => "城区",
        UrbanRural.Town => "镇区",
        UrbanRural.Rural => "乡村",
        _ => throw new ArgumentOutOfRangeException(nameof(urbanRural), urbanRural, null),
    };

    public static string ToChinese(this Sponsor sponsor) => sponsor switch
    {
        Sponsor.Public => "公办",
        Sponsor.Private => "民办",
        _ => throw new ArgumentOutOfRangeException(nameof(sponsor), sponsor, null),
    };
}
