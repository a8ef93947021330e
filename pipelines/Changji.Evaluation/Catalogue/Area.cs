namespace Changji.Evaluation.Catalogue;

/// <summary>
/// The four national areas a county must all pass, and Changji's local commitments beside them
/// (docs/standard.md §5). Codes are the snake_case names used in outputs.
/// </summary>
public enum Area
{
    /// <summary>资源配置 (L1–L7 and CV) — code <c>resource</c>.</summary>
    Resource,
    /// <summary>政府保障程度 (G1–G15) — code <c>guarantee</c>.</summary>
    Guarantee,
    /// <summary>教育质量 (Q1–Q9) — code <c>quality</c>.</summary>
    Quality,
    /// <summary>社会认可度 (S1) — code <c>recognition</c>.</summary>
    Recognition,
    /// <summary>地方承诺 (C1, C2 of a local plan) — code <c>commitments</c>; does not gate the national verdict.</summary>
    Commitments,
}
