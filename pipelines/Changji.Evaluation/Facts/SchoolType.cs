namespace Changji.Evaluation.Facts;

/// <summary>办学类型 as the national education statistics name it.</summary>
public enum SchoolType
{
    /// <summary>小学</summary>
    Primary,
    /// <summary>初级中学</summary>
    Junior,
    /// <summary>九年一贯制学校</summary>
    NineYear,
    /// <summary>完全中学 (junior + senior)</summary>
    Complete,
    /// <summary>十二年一贯制学校</summary>
    TwelveYear,
    /// <summary>教学点</summary>
    TeachingPoint,
    /// <summary>特殊教育学校</summary>
    SpecialEducation,
}
