namespace Changji.Evaluation.Facts;

/// <summary>A compulsory-education level; a school spanning levels becomes one unit per level.</summary>
public enum SchoolLevel
{
    /// <summary>小学</summary>
    Primary,
    /// <summary>初中</summary>
    Junior,
}
