namespace Changji.Evaluation.Catalogue;

/// <summary>Where an item's value comes from (docs/standard.md §2): codes <c>stats</c>, <c>funding</c>, <c>county</c>, <c>evidence</c>.</summary>
public enum IndicatorSource
{
    /// <summary>学校基础数据.</summary>
    Stats,
    /// <summary>学校经费数据.</summary>
    Funding,
    /// <summary>县级指标数据 (a reported figure).</summary>
    County,
    /// <summary>佐证材料 judgement (是/否) recorded in the county file.</summary>
    Evidence,
}
