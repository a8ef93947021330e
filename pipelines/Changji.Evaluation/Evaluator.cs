using Changji.Evaluation.Catalogue;
using Changji.Evaluation.County;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Resource;
using Changji.Evaluation.Results;

namespace Changji.Evaluation;

/// <summary>
/// The pure evaluation engine: facts of one county and year (and the previous year, for C2) in,
/// every school, CV and county result and the four area verdicts out. No I/O.
/// </summary>
public static class Evaluator
{
    public static CountyEvaluation Evaluate(CountyYear current, CountyYear? previous, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(profile);

        var resource = ResourceEvaluation.Run(current, profile);
        var items = CountyAreas.EvaluateItems(new CountyContext(current, previous, profile));
        var areas = new List<AreaVerdict>(4) { resource.Verdict };
        foreach (var area in (Area[])[Area.Guarantee, Area.Quality, Area.Recognition])
        {
            areas.Add(CountyAreas.Verdict(area, items));
        }

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
            Overall = StatusOrder.Worst(areas.Select(a => a.Status)),
            Blocking = areas.SelectMany(a => a.Blocking).ToArray(),
        };
    }
}
