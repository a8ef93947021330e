using Changji.Evaluation.Engine;

namespace Changji.Evaluation.Tests.Engine;

public class ComparisonTests
{
    [Fact]
    public void Comparison_085Times45_Meets3825()
    {
        var floor = 0.85 * 4.5;
        Assert.NotEqual(3.825, floor); // the floating-point trap the tolerance exists for
        Assert.True(Comparison.Meets(3.825, Comparator.AtLeast, floor, 1e-9));
        Assert.True(Comparison.Meets(floor, Comparator.AtLeast, 3.825, 1e-9));
    }
}
