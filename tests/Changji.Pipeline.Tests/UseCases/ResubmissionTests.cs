using Changji.Pipeline.Tests.Support;

namespace Changji.Pipeline.Tests.UseCases;

/// <summary>A later corrected file for a year replaces the facts of the schools it names, and nothing else.</summary>
public sealed class ResubmissionTests : IDisposable
{
    private readonly SampleRun run = new();
    private readonly TempFolder drop = new();

    [Fact]
    public async Task CorrectedStatistics_OneSchool_ReplacesOnlyThatSchoolAndReportsIt()
    {
        await run.RunAsync();
        var before = await run.Workspace.Store.LoadYearAsync(2024);
        var target = before.Schools.First(s => s.SportsGroundAreaM2 is > 0);
        var corrected = target with { SportsGroundAreaM2 = target.SportsGroundAreaM2 + 1000 };
        Directory.CreateDirectory(drop.Combine("2024"));
        File.WriteAllBytes(drop.Combine("2024", "更正-学校基础数据.csv"), StatisticsCsv.Write([corrected]));

        var summary = await run.RunAsync(drop.Path);

        var outcome = Assert.Single(summary.Files);
        Assert.Equal([target.SchoolCode], outcome.Submission.Replaced);
        var after = await run.Workspace.Store.LoadYearAsync(2024);
        Assert.Equal(corrected, after.Schools.Single(s => s.SchoolCode == target.SchoolCode));
        Assert.Equal(
            before.Schools.Where(s => s.SchoolCode != target.SchoolCode),
            after.Schools.Where(s => s.SchoolCode != target.SchoolCode));
        Assert.Equal(before.Funding, after.Funding);
        Assert.Equal(before.Figures, after.Figures);
        var report = File.ReadAllText(Path.Combine(run.Workspace.ReportsFolder, outcome.ReportName!));
        Assert.Contains("更正", report, StringComparison.Ordinal);
        Assert.Contains(target.SchoolCode, report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectedStatistics_SameValues_ChangesNoCuratedFile()
    {
        await run.RunAsync();
        var before = await run.Workspace.Store.LoadYearAsync(2024);
        var curated = run.Snapshot("curated");
        Directory.CreateDirectory(drop.Combine("2024"));
        File.WriteAllBytes(drop.Combine("2024", "重报.csv"), StatisticsCsv.Write(before.Schools.Take(3)));

        await run.RunAsync(drop.Path);

        Assert.Equal(before.Schools, (await run.Workspace.Store.LoadYearAsync(2024)).Schools);
        Assert.Equal(
            curated.Where(kv => !kv.Key.Contains("fact_data_quality", StringComparison.Ordinal) && !kv.Key.Contains("fact_alert", StringComparison.Ordinal)),
            run.Snapshot("curated").Where(kv => !kv.Key.Contains("fact_data_quality", StringComparison.Ordinal) && !kv.Key.Contains("fact_alert", StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        run.Dispose();
        drop.Dispose();
    }
}
