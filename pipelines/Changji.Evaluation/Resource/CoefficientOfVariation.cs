using Changji.Evaluation.Catalogue;

namespace Changji.Evaluation.Resource;

/// <summary>
/// Mean, deviation and CV of one indicator over the units of one level (full precision). When every
/// numerator is zero the CV is 0/0: <see cref="Cv"/> is NaN and <see cref="Defined"/> false.
/// </summary>
public readonly record struct CvFigures(double Mean, double StdDev, double Cv)
{
    public bool Defined => !double.IsNaN(Cv);
}

/// <summary>
/// 校际差异系数 (docs/standard.md §1.1). Weighted (official): X̄ = ΣA/ΣP, S = sqrt(Σ (P_i/P)(X_i − X̄)²).
/// Unweighted: plain mean and population deviation of the X_i. Two passes, no allocation.
/// </summary>
public static class CoefficientOfVariation
{
    public static CvFigures Compute(ReadOnlySpan<double> students, ReadOnlySpan<double> numerators, double scale, CvMethod method)
    {
        if (students.Length != numerators.Length)
        {
            throw new ArgumentException("One numerator per unit.", nameof(numerators));
        }

        if (students.IsEmpty)
        {
            throw new ArgumentException("At least one unit.", nameof(students));
        }

        return method switch
        {
            CvMethod.Weighted => Weighted(students, numerators, scale),
            CvMethod.Unweighted => Unweighted(students, numerators, scale),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
        };
    }

    private static CvFigures Weighted(ReadOnlySpan<double> p, ReadOnlySpan<double> a, double scale)
    {
        double totalP = 0, totalA = 0;
        for (var i = 0; i < p.Length; i++) { totalP += p[i]; totalA += a[i]; }
        var mean = totalA / totalP * scale;
        double sum = 0;
        for (var i = 0; i < p.Length; i++)
        {
            var d = a[i] / p[i] * scale - mean;
            sum += p[i] * d * d;
        }
        return Figures(mean, Math.Sqrt(sum / totalP));
    }

    private static CvFigures Unweighted(ReadOnlySpan<double> p, ReadOnlySpan<double> a, double scale)
    {
        double total = 0;
        for (var i = 0; i < p.Length; i++)
        {
            total += a[i] / p[i] * scale;
        }

        var mean = total / p.Length;
        double sum = 0;
        for (var i = 0; i < p.Length; i++)
        {
            var d = a[i] / p[i] * scale - mean;
            sum += d * d;
        }
        return Figures(mean, Math.Sqrt(sum / p.Length));
    }

    // With non-negative numerators a zero mean means every unit is zero: S / X̄ is 0/0, not a CV of 0
    // (docs/standard.md §1.1); the caller reports it missing.
    private static CvFigures Figures(double mean, double stdDev) => new(mean, stdDev, mean == 0 ? double.NaN : stdDev / mean);
}
