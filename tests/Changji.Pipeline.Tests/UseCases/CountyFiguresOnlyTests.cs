using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Results;
using Changji.Pipeline.Tests.Support;

namespace Changji.Pipeline.Tests.UseCases;

/// <summary>A year with county figures but no accepted statistics is still evaluated (docs/standard.md §6).</summary>
public sealed class CountyFiguresOnlyTests : IDisposable
{
    private readonly SampleRun run = new();
    private readonly TempFolder drop = new();

    [Fact]
    public async Task CountyFileOnly_Year_IsEvaluatedWithSchoolItemsMissing()
    {
        Directory.CreateDirectory(drop.Combine("2024"));
        File.Copy(Path.Combine(RepoRoot.Samples, "2024", "县级指标数据-2024.csv"), drop.Combine("2024", "县级指标数据-2024.csv"));

        var summary = await run.RunAsync(drop.Path);

        var evaluation = Assert.Single(summary.Years, y => y.Year == 2024).Evaluation;
        Assert.NotNull(evaluation);
        Assert.Empty(evaluation.Units);
        Assert.Equal(ItemStatus.Missing, evaluation.Areas.Single(a => a.Area == Area.Resource).Status);
        Assert.Contains(evaluation.CountyItems, i => i.Status == ItemStatus.Met);
        Assert.Contains(evaluation.CountyItems, i => i.Status == ItemStatus.Missing);
        Assert.NotEqual(ItemStatus.Met, evaluation.Overall);
        Assert.True(File.Exists(Path.Combine(run.Workspace.ReportsFolder, "2024", "自评报告-2024学年.md")));
        Assert.True(File.Exists(Path.Combine(run.Workspace.CuratedFolder, "fact_county_indicator", "year=2024", "fact_county_indicator.parquet")));
    }

    public void Dispose()
    {
        run.Dispose();
        drop.Dispose();
    }
}
