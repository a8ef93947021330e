using Changji.Evaluation.Catalogue;
using Changji.Evaluation.County;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Resource;
using Changji.Evaluation.Results;

namespace Changji.Evaluation;

/// <summary>
/// The pure evaluation engine: facts of one county and year (and the previous year, for C2) in,
/// every school, CV and county result, the five area verdicts and the national and plan verdicts out. No I/O.
/// </summary>
public static class Evaluator
{
    public static CountyEvaluation Evaluate(CountyYear current, CountyYear? previous, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(profile);

        var resource = ResourceEvaluation.Run(current, profile);
        var items = CountyAreas.EvaluateItems(new CountyContext(current, previous, profile));
        var areas = new List<AreaVerdict>(5) { resource.Verdict };
        foreach (var area in (Area[])[Area.Guarantee, Area.Quality, Area.Recognition, Area.Commitments])
        {
            areas.Add(CountyAreas.Verdict(area, items));
        }

        var national = Combine(areas.Where(a => AreaCodes.National.Contains(a.Area)));

        return new CountyEvaluation
        {
            Year = current.Year,
            Profile = profile.Name,
            Units = resource.Units,
            SchoolIndicators = resource.Indicators,
            Compliance = resource.Compliance,
            Variation = resource.Variation,
            CountyItems = items,
            Areas = areas,
            National = national,
            Plan = Combine(areas),
        };
    }

    // The worst status of the areas and the union of their blocking codes (docs/standard.md "Areas and verdicts").
    private static Verdict Combine(IEnumerable<AreaVerdict> areas)
    {
        var list = areas.ToList();
        return new Verdict(StatusOrder.Worst(list.Select(a => a.Status)), list.SelectMany(a => a.Blocking).Distinct(StringComparer.Ordinal).ToArray());
    }
}
