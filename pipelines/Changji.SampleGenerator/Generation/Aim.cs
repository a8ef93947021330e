namespace Changji.SampleGenerator.Generation;

/// <summary>
/// Rounds an aimed quantity to what a statistics form can hold (whole persons, whole m², 100 元)
/// without crossing the threshold by accident: rounds up when aiming at or above the threshold,
/// down when aiming at a deliberate miss. Decimal throughout, so 0.85 × 4.5 × 640 is exactly 2448.
/// </summary>
public static class Aim
{
    public static decimal Round(decimal exact, decimal factor, decimal granularity)
    {
        var steps = exact / granularity;
        var rounded = factor >= 1m ? decimal.Ceiling(steps) : decimal.Floor(steps);
        return rounded * granularity;
    }

    public static int Count(decimal exact, decimal factor) => (int)Round(exact, factor, 1m);
}
