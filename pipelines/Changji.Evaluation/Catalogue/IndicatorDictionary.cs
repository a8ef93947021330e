using System.Globalization;
using System.Text;
using Changji.Text;

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
        md.Append(ZhCn.Text("dictionary.title")).Append("\n\n");
        md.Append("Generated from the evaluation catalogue (`pipelines/Changji.Evaluation/Catalogue/Profiles/*.json`) by ");
        md.Append("`IndicatorDictionary.RenderMarkdown`. Do not edit by hand: run the evaluation tests with `UPDATE_DOCS=1`.\n");
        foreach (var profile in catalogue.Profiles)
        {
            RenderProfile(md, profile);
        }

        return md.ToString();
    }

    private static void RenderProfile(StringBuilder md, Profile profile)
    {
        md.Append('\n').Append(ZhCn.Format("dictionary.profile.heading", ("name", profile.Name), ("title", profile.TitleZh))).Append("\n\n");
        md.Append(ZhCn.Format("dictionary.profile.version", ("version", profile.Version)));
        if (profile.BasedOn is not null)
        {
            md.Append(ZhCn.Format("dictionary.profile.based_on", ("based_on", profile.BasedOn)));
        }

        md.Append(ZhCn.Text("dictionary.profile.end")).Append("\n\n");
        RenderSettings(md, profile.Resource, profile.SchoolIndicators.Count);
        md.Append('\n').Append(ZhCn.Text("dictionary.table.header")).Append('\n');
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
        var limits = string.Join("，", r.CvLimits.OrderBy(l => l.Key).Select(l =>
            ZhCn.Format("dictionary.settings.cv.limit", ("level", l.Key.ToChinese()), ("limit", N(l.Value)))));
        var w = r.SplitWeights;
        var method = ZhCn.Text(r.CvMethod == CvMethod.Weighted ? "dictionary.settings.cv.weighted" : "dictionary.settings.cv.unweighted");
        var privateSchools = ZhCn.Text(r.IncludePrivate ? "dictionary.settings.scope.private_included" : "dictionary.settings.scope.private_excluded");
        md.Append(ZhCn.Text("dictionary.settings.heading")).Append("\n\n");
        md.Append(ZhCn.Format("dictionary.settings.cv", ("method", method), ("limits", limits))).Append('\n');
        md.Append(ZhCn.Format(
            "dictionary.settings.school_rule", ("indicators", schoolIndicators), ("min_met", r.MinIndicatorsMet), ("floor_ratio", N(r.FloorRatio)))).Append('\n');
        md.Append(ZhCn.Format(
            "dictionary.settings.split_weights",
            ("primary", N(w.Primary)), ("junior", N(w.Junior)), ("junior_complete", N(w.JuniorComplete)), ("senior_complete", N(w.SeniorComplete)),
            ("senior_twelve_year", N(w.SeniorTwelveYear)))).Append('\n');
        md.Append(ZhCn.Format("dictionary.settings.scope", ("teaching_point_min", r.TeachingPointMinStudents), ("private", privateSchools))).Append('\n');
        md.Append(ZhCn.Format("dictionary.settings.tolerance", ("tolerance", N(r.Tolerance)))).Append('\n');
    }

    private static string Thresholds(IndicatorDefinition item) =>
        item.IsSchoolIndicator ? PerLevel(item, l => l.Threshold) : item.Threshold is { } t ? N(t) : "—";

    private static string Floors(IndicatorDefinition item) => item.IsSchoolIndicator ? PerLevel(item, l => l.Floor) : "—";

    private static string PerLevel(IndicatorDefinition item, Func<LevelThreshold, double> pick) =>
        string.Join("；", item.Levels.OrderBy(l => l.Key).Select(l => ZhCn.Format("dictionary.level_value", ("level", l.Key.ToChinese()), ("value", N(pick(l.Value))))));

    private static string Parameters(IndicatorDefinition item)
    {
        var parts = new List<string>();
        if (item.Figure is not null)
        {
            parts.Add($"figure = `{item.Figure}`");
        }

        if (item.Scale != 1)
        {
            parts.Add($"scale = {N(item.Scale)}");
        }

        parts.AddRange(item.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} = {N(p.Value)}"));
        return parts.Count == 0 ? "—" : string.Join("；", parts);
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string N(double value) => value.ToString(CultureInfo.InvariantCulture);
}
