using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.Output;

/// <summary>The Chinese values the statistics files use for the enumerations.</summary>
public static class ChineseLabels
{
    public static string Of(SchoolType type) => type switch
    {
        SchoolType.Primary => "小学",
        SchoolType.Junior => "初级中学",
        SchoolType.NineYear => "九年一贯制学校",
        SchoolType.Complete => "完全中学",
        SchoolType.TwelveYear => "十二年一贯制学校",
        SchoolType.TeachingPoint => "教学点",
        _ => "特殊教育学校",
    };

    public static string Of(UrbanRural urbanRural) => urbanRural switch
    {
        UrbanRural.Urban => "城区",
        UrbanRural.Town => "镇区",
        _ => "乡村",
    };

    public static string Of(Sponsor sponsor) => sponsor == Sponsor.Public ? "公办" : "民办";
}
