using Changji.Evaluation.Results;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// A county's two verdicts of a year, kept for the run's summary instead of its whole evaluation (which a
/// run of 2 900 counties lets go as soon as the county's rows are written).
/// </summary>
public sealed record CountyVerdicts(Verdict National, Verdict Plan)
{
    public static CountyVerdicts Of(CountyEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new(evaluation.National, evaluation.Plan);
    }
}
