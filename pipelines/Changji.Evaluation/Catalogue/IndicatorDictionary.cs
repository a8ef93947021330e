using System.Globalization;
using System.Text;

namespace Changji.Evaluation.Catalogue;

/// <summary>
/// Renders the catalogue as the Markdown indicator dictionary (docs/indicators.md): every item of
/// every profile with its rule, thresholds, floors, unit and source. Pure and deterministic, so a
/// test can compare the committed file with it.
/// </summary>
public static class IndicatorDictionary
{
    public static string RenderMarkdown(Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var md = new StringBuilder();
        md.Append("# 指标字典 Indicator dictionary\n\n");
        md.Append("Generated from the evaluation catalogue (`pipelines/Changji.Evaluation/Catalogue/Profiles/*.json`) by ");
        md.Append("`IndicatorDictionary.RenderMarkdown`. Do not edit by hand: run the evaluation tests with `UPDATE_DOCS=1`.\n");
        foreach (var profile in catalogue.Profiles) RenderProfile(md, profile);
        return md.ToString();
    }

    private static void RenderProfile(StringBuilder md, Profile profile)
    {
        md.Append($"\n## {profile.Name} — {profile.TitleZh}\n\n");
        md.Append($"版本 {profile.Version}");
        if (profile.BasedOn is not null) md.Append($"；基于 `{profile.BasedOn}`");
        md.Append("。\n\n");
        RenderSettings(md, profile.Resource, profile.SchoolIndicators.Count);
        md.Append("\n| 代码 | 名称 | 领域 | 比较 | 阈值 | 底线 | 单位 | 来源 | 参数 | 规则 |\n");
        md.Append("|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var item in profile.Items)
        {
            md.Append($"| {item.Code} | {Cell(item.NameZh)} | {item.Area.ToChinese()} | {Cell(item.Comparator.ToSymbol())} | ");
            md.Append($"{Thresholds(item)} | {Floors(item)} | {Cell(item.Unit)} | {item.Source.ToCode()} | ");
            md.Append($"{Parameters(item)} | {Cell(item.RuleZh)} |\n");
        }
    }

    private static void RenderSettings(StringBuilder md, ResourceSettings r, int schoolIndicators)
    {
        var limits = string.Join("，", r.CvLimits.OrderBy(l => l.Key).Select(l => $"{l.Key.ToChinese()} ≤ {N(l.Value)}"));
        var w = r.SplitWeights;
        md.Append("资源配置设置：\n\n");
        md.Append($"- 差异系数算法：{(r.CvMethod == CvMethod.Weighted ? "按在校生数加权（weighted）" : "不加权（unweighted）")}；上限：{limits}\n");
        md.Append($"- 学校达标：{schoolIndicators} 项中至少 {r.MinIndicatorsMet} 项达标，未达标项不低于阈值的 {N(r.FloorRatio)} 倍\n");
        md.Append($"- 一贯制学校设施分摊权重：小学 {N(w.Primary)}，初中 {N(w.Junior)}；完全中学初中 {N(w.JuniorComplete)}、高中 {N(w.SeniorComplete)}；十二年一贯制高中 {N(w.SeniorTwelveYear)}\n");
        md.Append($"- 教学点纳入资源配置的最少在校生数：{r.TeachingPointMinStudents}；民办学校{(r.IncludePrivate ? "纳入" : "不纳入")}\n");
        md.Append($"- 比较容差（相对）：{N(r.Tolerance)}\n");
    }

    private static string Thresholds(IndicatorDefinition item) =>
        item.IsSchoolIndicator ? PerLevel(item, l => l.Threshold) : item.Threshold is { } t ? N(t) : "—";

    private static string Floors(IndicatorDefinition item) => item.IsSchoolIndicator ? PerLevel(item, l => l.Floor) : "—";

    private static string PerLevel(IndicatorDefinition item, Func<LevelThreshold, double> pick) =>
        string.Join("；", item.Levels.OrderBy(l => l.Key).Select(l => $"{l.Key.ToChinese()} {N(pick(l.Value))}"));

    private static string Parameters(IndicatorDefinition item)
    {
        var parts = new List<string>();
        if (item.Figure is not null) parts.Add($"figure = `{item.Figure}`");
        if (item.Scale != 1) parts.Add($"scale = {N(item.Scale)}");
        parts.AddRange(item.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} = {N(p.Value)}"));
        return parts.Count == 0 ? "—" : string.Join("；", parts);
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string N(double value) => value.ToString(CultureInfo.InvariantCulture);
}
