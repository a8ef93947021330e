using Changji.Evaluation.Resource;
using CsCheck;

namespace Changji.Evaluation.Tests.Resource;

public class CoefficientOfVariationTests
{
    private static readonly double[] P = [45, 37, 89, 76, 55];
    private static readonly double[] A = [279, 137, 935, 160, 402];

    [Fact]
    public void Cv_WorkedExample_Is0515()
    {
        var f = CoefficientOfVariation.Compute(P, A, 1, CvMethod.Weighted);
        Assert.Equal(6.334, f.Mean, 3);
        Assert.Equal(3.264, f.StdDev, 3);
        Assert.Equal(0.515, f.Cv, 3);
        Assert.True(f.Cv > 0.50, "the worked example must fail the 0.50 primary limit");
    }

    [Fact]
    public void Cv_WorkedExampleUnweighted_Is0489()
    {
        var f = CoefficientOfVariation.Compute(P, A, 1, CvMethod.Unweighted);
        Assert.Equal(0.489, f.Cv, 3);
        Assert.True(f.Cv < 0.50);
    }

    [Fact]
    public void Cv_SingleUnit_IsZero()
    {
        Assert.Equal(0, CoefficientOfVariation.Compute([120], [600], 100, CvMethod.Weighted).Cv);
    }

    [Fact]
    public void Cv_AllZeroNumerators_IsUndefinedNotZero()
    {
        var f = CoefficientOfVariation.Compute([10, 20], [0, 0], 1, CvMethod.Weighted);
        Assert.Equal(0, f.Mean);
        Assert.False(f.Defined);
        Assert.False(CoefficientOfVariation.Compute([10, 20], [0, 0], 1, CvMethod.Unweighted).Defined);
    }

    private static readonly Gen<(double[] P, double[] A)> Units =
        Gen.Int[1, 3000].Select(Gen.Double[0, 100_000]).Array[1, 60]
            .Select(units => (units.Select(u => (double)u.Item1).ToArray(), units.Select(u => u.Item2).ToArray()));

    [Fact]
    public void Cv_EveryNumeratorScaled_IsUnchanged()
    {
        Units.Select(Gen.Double[0.001, 1000]).Sample((units, k) =>
        {
            var (p, a) = units;
            if (a.Sum() == 0)
            {
                return true;
            }

            var scaled = a.Select(x => x * k).ToArray();
            foreach (var method in (CvMethod[])[CvMethod.Weighted, CvMethod.Unweighted])
            {
                var before = CoefficientOfVariation.Compute(p, a, 100, method).Cv;
                var after = CoefficientOfVariation.Compute(p, scaled, 1, method).Cv;
                if (Math.Abs(before - after) > 1e-9 * Math.Max(1, before))
                {
                    return false;
                }
            }
            return true;
        });
    }

    [Fact]
    public void Cv_AllUnitsEqual_IsZero()
    {
        Gen.Int[1, 3000].Array[1, 60].Select(Gen.Double[0.01, 5000]).Sample((students, ratio) =>
        {
            var p = students.Select(s => (double)s).ToArray();
            var a = p.Select(s => s * ratio).ToArray();
            return CoefficientOfVariation.Compute(p, a, 1, CvMethod.Weighted).Cv < 1e-9
                   && CoefficientOfVariation.Compute(p, a, 1, CvMethod.Unweighted).Cv < 1e-9;
        });
    }

    [Fact]
    public void Cv_WeightedMean_EqualsSumAOverSumP()
    {
        Units.Sample(units =>
        {
            var (p, a) = units;
            var expected = a.Sum() / p.Sum() * 100;
            var mean = CoefficientOfVariation.Compute(p, a, 100, CvMethod.Weighted).Mean;
            return Math.Abs(mean - expected) <= 1e-9 * Math.Max(1, expected);
        });
    }

    [Fact]
    public void Cv_WeightedMean_EqualsStudentWeightedMeanOfRatios()
    {
        Units.Sample(units =>
        {
            var (p, a) = units;
            var total = p.Sum();
            var weighted = p.Select((pi, i) => pi / total * (a[i] / pi)).Sum();
            var mean = CoefficientOfVariation.Compute(p, a, 1, CvMethod.Weighted).Mean;
            return Math.Abs(mean - weighted) <= 1e-9 * Math.Max(1, weighted);
        });
    }
}
