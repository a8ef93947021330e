namespace Changji.Ingestion;

/// <summary>The three kinds of steward file (docs/input-files.md), recognised from the header, never the name.</summary>
public enum FileKind
{
    /// <summary>学校基础数据 — code <c>statistics</c>.</summary>
    Statistics,
    /// <summary>学校经费数据 — code <c>funding</c>.</summary>
    Funding,
    /// <summary>县级指标数据 — code <c>county</c>.</summary>
    County,
}
