using Changji.Evaluation.Catalogue;

namespace Changji.Evaluation.Engine;

/// <summary>
/// Compares a value with a threshold, floor or limit with a relative tolerance, so that a value
/// exactly at the bound meets it whatever the floating-point order of operations (docs/standard.md §6:
/// 0.85 × 4.5 must equal 3.825).
/// </summary>
public static class Comparison
{
    public static bool Meets(double value, Comparator comparator, double bound, double relativeTolerance)
    {
        var slack = relativeTolerance * Math.Max(Math.Abs(value), Math.Abs(bound));
        return comparator switch
        {
            Comparator.AtLeast => value >= bound - slack,
            Comparator.AtMost => value <= bound + slack,
            Comparator.LessThan => value < bound - slack,
            Comparator.GreaterThan => value > bound + slack,
            Comparator.Equal => Math.Abs(value - bound) <= slack,
            _ => throw new ArgumentOutOfRangeException(nameof(comparator), comparator, null),
        };
    }
}
