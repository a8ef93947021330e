namespace Changji.Evaluation.Catalogue;

/// <summary>
/// One dim_indicator row (docs/outputs.md §2): an L indicator gives one row per level, a county item
/// one row with no level. Codes are already the output strings (area, comparator, level).
/// </summary>
public sealed record IndicatorRow(
    string IndicatorCode,
    string Area,
    string NameZh,
    string? Level,
    double? Threshold,
    double? Floor,
    string Comparator,
    string Unit,
    string Source,
    string RuleZh,
    string Profile);
