using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;

namespace Changji.Evaluation.Units;

/// <summary>A school unit together with the statistics row it came from (the engine's working pair).</summary>
internal readonly record struct ScopedUnit(SchoolStatistics School, SchoolUnit Unit);
