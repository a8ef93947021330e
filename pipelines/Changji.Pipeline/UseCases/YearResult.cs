using Changji.Evaluation.Results;
using Changji.Pipeline.Alerts;

namespace Changji.Pipeline.UseCases;

/// <summary>What recomputing one year concluded and changed. <see cref="Evaluation"/> is null for a year without accepted statistics.</summary>
public sealed record YearResult(int Year, CountyEvaluation? Evaluation, AlertChanges AlertChanges, int Findings);
