using Changji.Evaluation.Facts;
using Changji.SampleGenerator.County;

namespace Changji.SampleGenerator.Generation;

/// <summary>The whole fictional county: every school's statistics and funding and the county figures, per year.</summary>
public static class SampleCounty
{
    public static IReadOnlyList<CountyYear> Build() =>
        Roster.Years.Select(year => new CountyYear
        {
            Year = year,
            Schools = Roster.Schools.Select(s => StatisticsFactory.Build(year, s)).ToList(),
            Funding = Roster.Schools.Select(s => FundingFactory.Build(year, s)).ToList(),
            Figures = CountyFigures.For(year),
        }).ToList();
}
