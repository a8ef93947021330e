using Changji.Evaluation.Results;
using Changji.Pipeline.Alerts;

namespace Changji.Pipeline.Reports;

/// <summary>
/// A year's results and ledger grouped by school once, so writing every school's booklet stays linear in
/// schools (a scan of the whole year per booklet made 2 000 booklets take ~45 s).
/// </summary>
public sealed class BookletIndex
{
    public BookletIndex(SelfEvaluationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Input = input;
        Current = new YearIndex(input.Evaluation);
        History = [.. (input.History.Count > 0 ? input.History : [input.Evaluation]).Select(e => e.Year == input.Evaluation.Year ? Current : new YearIndex(e))];
        Failures = input.Evaluation.CountyItems
            .SelectMany(i => i.Failures.Where(f => f.SchoolCode is not null).Select(f => (Item: i, Failure: f)))
            .ToLookup(x => x.Failure.SchoolCode!, StringComparer.Ordinal);
        OpenAtYearEnd = input.OpenAtYearEnd.Where(a => a.SchoolCode is not null).ToLookup(a => a.SchoolCode!, StringComparer.Ordinal);
        Alerts = input.Alerts.Where(a => a.SchoolCode is not null).ToLookup(a => a.SchoolCode!, StringComparer.Ordinal);
    }

    public SelfEvaluationInput Input { get; }

    internal YearIndex Current { get; }

    /// <summary>Every year up to this one, oldest first.</summary>
    internal IReadOnlyList<YearIndex> History { get; }

    internal ILookup<string, (CountyItemResult Item, ItemFailure Failure)> Failures { get; }

    internal ILookup<string, AlertRecord> OpenAtYearEnd { get; }

    internal ILookup<string, AlertRecord> Alerts { get; }

    /// <summary>One year's school units, L results and school rule by school code.</summary>
    internal sealed class YearIndex(CountyEvaluation evaluation)
    {
        public int Year => evaluation.Year;

        public ILookup<string, SchoolUnit> Units { get; } = evaluation.Units.ToLookup(u => u.SchoolCode, StringComparer.Ordinal);

        public ILookup<string, SchoolIndicatorResult> Indicators { get; } = evaluation.SchoolIndicators.ToLookup(r => r.SchoolCode, StringComparer.Ordinal);

        public ILookup<string, SchoolComplianceResult> Compliance { get; } = evaluation.Compliance.ToLookup(c => c.SchoolCode, StringComparer.Ordinal);
    }
}
