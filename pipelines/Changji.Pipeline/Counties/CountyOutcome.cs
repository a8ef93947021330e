using Changji.Evaluation.Results;
using Changji.Pipeline.Alerts;

namespace Changji.Pipeline.Counties;

/// <summary>One county's year: its evaluation (null without statistics or county figures) and what it changes in the ledger.</summary>
public sealed record CountyOutcome(CountySlice Slice, CountyEvaluation? Evaluation, AlertChanges Changes, string Name);
