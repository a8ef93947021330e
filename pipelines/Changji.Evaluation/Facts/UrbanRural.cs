namespace Changji.Evaluation.Facts;

/// <summary>城乡分类.</summary>
public enum UrbanRural
{
    /// <summary>城区</summary>
    Urban,
    /// <summary>镇区</summary>
    Town,
    /// <summary>乡村</summary>
    Rural,
}
