using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.Evaluation.Units;
using Changji.Text;

namespace Changji.Evaluation.Resource;

/// <summary>
/// 资源配置: units, L1–L7 per in-scope unit, the school rule, and the CV per level and indicator.
/// Linear in the number of schools; results are held unit-major so CVs read them by index.
/// </summary>
internal static class ResourceEvaluation
{
    public static ResourceOutcome Run(CountyYear county, Profile profile)
    {
        var settings = profile.Resource;
        var indicators = profile.SchoolIndicators;
        var k = indicators.Count;
        var numerators = new Numerator[k];
        for (var i = 0; i < k; i++)
        {
            numerators[i] = NumeratorOf.For(indicators[i]);
        }

        var scoped = UnitBuilder.BuildScoped(county.Schools, settings);
        var units = new SchoolUnit[scoped.Count];
        var results = new List<SchoolIndicatorResult>(scoped.Count * k);
        var compliance = new List<SchoolComplianceResult>(scoped.Count);
        var levelOrdinals = new Dictionary<SchoolLevel, List<int>>();
        var buffer = new SchoolIndicatorResult[k];
        var blocking = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var status = ItemStatus.Met;

        for (var u = 0; u < scoped.Count; u++)
        {
            var (school, unit) = scoped[u];
            units[u] = unit;
            if (!unit.InScope || k == 0)
            {
                continue;
            }

            for (var i = 0; i < k; i++)
            {
                var numerator = NumeratorOf.Value(numerators[i], school, unit.Level, unit.FacilityShare);
                buffer[i] = IndicatorCalculator.Calculate(unit, indicators[i], numerator, settings.Tolerance);
            }
            var rule = SchoolRule.Apply(buffer, settings.MinIndicatorsMet);
            compliance.Add(rule);
            if (rule.Status != ItemStatus.Met)
            {
                status = StatusOrder.Worst(status, rule.Status);
                foreach (var r in buffer)
                {
                    if (r.Status != ItemStatus.Met)
                    {
                        blocking.Add(r.IndicatorCode);
                    }
                }
            }
            if (!levelOrdinals.TryGetValue(unit.Level, out var ordinals))
            {
                levelOrdinals[unit.Level] = ordinals = [];
            }

            ordinals.Add(results.Count / Math.Max(k, 1));
            results.AddRange(buffer);
        }

        var variation = Variation(county.Year, indicators, results, levelOrdinals, settings);
        foreach (var v in variation)
        {
            if (v.Status == ItemStatus.Met)
            {
                continue;
            }

            status = StatusOrder.Worst(status, v.Status);
            blocking.Add(v.IndicatorCode);
        }

        // No unit in scope: nothing was judged, which is missing data, never a pass (docs/standard.md §6).
        if (compliance.Count == 0)
        {
            status = ItemStatus.Missing;
            blocking.UnionWith(indicators.Select(i => i.Code));
        }

        var ordered = indicators.Select(i => i.Code).Where(blocking.Contains).ToList();
        string? note = null;
        // A school whose row was rejected is a school the area has not judged: missing, never met (docs/standard.md §6).
        if (county.RejectedSchools.Count > 0)
        {
            var rejected = county.RejectedSchools.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            status = StatusOrder.Worst(status, ItemStatus.Missing);
            ordered.AddRange(rejected);
            note = ZhCn.Format("evaluation.resource.rejected_schools", ("count", rejected.Count), ("schools", string.Join("、", rejected)));
        }

        return new ResourceOutcome(units, results, compliance, variation, new AreaVerdict(Area.Resource, status, ordered) { Note = note });
    }

    private static List<VariationResult> Variation(int year, IReadOnlyList<IndicatorDefinition> indicators,
        List<SchoolIndicatorResult> results, Dictionary<SchoolLevel, List<int>> levelOrdinals, ResourceSettings settings)
    {
        var variation = new List<VariationResult>();
        foreach (var level in levelOrdinals.Keys.Order())
        {
            var ordinals = levelOrdinals[level];
            var students = new double[ordinals.Count];
            var numerators = new double[ordinals.Count];
            for (var i = 0; i < indicators.Count; i++)
            {
                variation.Add(VariationCalculator.Calculate(year, level, indicators[i], i, indicators.Count, results, ordinals,
                    settings, students, numerators));
            }
        }
        return variation;
    }
}
