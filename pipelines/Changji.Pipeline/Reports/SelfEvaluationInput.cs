using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Reports;

/// <summary>What the yearly self-evaluation report (自评报告) is written from: all of it already in the information database.</summary>
public sealed record SelfEvaluationInput(
    CountyEvaluation Evaluation,
    Profile Profile,
    CountyYear Facts,
    IReadOnlyList<AlertRecord> Alerts,
    IReadOnlyList<SubmissionRecord> Submissions)
{
    /// <summary>The county the report is about, named in its title.</summary>
    public string CountyName { get; init; } = Counties.HomeCounty.Changji.Name;

    /// <summary>The evaluations of every year up to and including this one, oldest first (the trend charts); this year's alone when empty.</summary>
    public IReadOnlyList<CountyEvaluation> History { get; init; } = [];

    /// <summary>Alerts open at the end of the year: opened by then and not resolved by then.</summary>
    public IEnumerable<AlertRecord> OpenAtYearEnd =>
        Alerts.Where(a => a.OpenedYear <= Evaluation.Year && (a.Status == AlertStatus.Open || a.ResolvedYear > Evaluation.Year));
}
