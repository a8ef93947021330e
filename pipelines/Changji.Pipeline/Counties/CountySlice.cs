using Changji.Evaluation.Facts;

namespace Changji.Pipeline.Counties;

/// <summary>One county's facts of a year and of the year before (null when that year has none), evaluated on their own.</summary>
public sealed record CountySlice(string Code, CountyYear Current, CountyYear? Before);
