using Changji.Evaluation.Results;
using Changji.Pipeline.Alerts;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// What recomputing one year concluded and changed. <see cref="Evaluation"/> is the home county's, null
/// for a year without its accepted statistics; <see cref="Counties"/> holds every county evaluated, by code,
/// with its verdicts only (its evaluation is let go once its rows are written). <see cref="AlertChanges"/> holds
/// the events the year raised; its ledger lines are stored and let go (a national year changes ~150 000),
/// <see cref="LedgerLinesChanged"/> counts them.
/// </summary>
public sealed record YearResult(int Year, CountyEvaluation? Evaluation, AlertChanges AlertChanges, int Findings)
{
    public IReadOnlyDictionary<string, CountyVerdicts> Counties { get; init; } = new Dictionary<string, CountyVerdicts>();

    /// <summary>Lines of the alert ledger the year's reconciliation inserted or updated.</summary>
    public int LedgerLinesChanged { get; init; }
}
