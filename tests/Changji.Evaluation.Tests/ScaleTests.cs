using System.Diagnostics;

namespace Changji.Evaluation.Tests;

public class ScaleTests
{
    [Fact]
    public void Evaluate_FortyThousandSchools_RunsInLinearTime()
    {
        // The engine must also serve ~200 000 schools: a quadratic step would take minutes here.
        var schools = new List<SchoolStatistics>(40_000);
        for (var i = 0; i < 20_000; i++)
        {
            schools.Add(TestData.Primary($"P{i:D9}", 300 + i % 700));
            schools.Add(TestData.Junior($"J{i:D9}", 400 + i % 900));
        }
        var county = new CountyYear
        {
            Year = TestData.Year,
            Schools = schools,
            Funding = schools.Select(s => TestData.Funding(s)).ToList(),
            Figures = TestData.Figures(),
        };
        var watch = Stopwatch.StartNew();
        var e = county.Evaluate();
        watch.Stop();
        Assert.Equal(40_000, e.Units.Count);
        Assert.Equal(40_000 * 7, e.SchoolIndicators.Count);
        Assert.Equal(14, e.Variation.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }
}
