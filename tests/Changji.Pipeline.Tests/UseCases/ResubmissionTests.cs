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
        // The ledger's tables change (fact_submission lists the file received, and the year's manifest its new hash); the evaluation's do not.
        static bool Evaluated(KeyValuePair<string, string> kv) =>
            !kv.Key.Contains("fact_data_quality", StringComparison.Ordinal) && !kv.Key.Contains("fact_alert", StringComparison.Ordinal)
            && !kv.Key.Contains("fact_submission", StringComparison.Ordinal) && !kv.Key.Contains("_manifest/year=2024", StringComparison.Ordinal);
        var after = run.Snapshot("curated");
        Assert.Equal(curated.Where(Evaluated), after.Where(Evaluated));
        Assert.NotEqual(curated["curated/fact_submission/year=2024/fact_submission.parquet"], after["curated/fact_submission/year=2024/fact_submission.parquet"]);
    }

    public void Dispose()
    {
        run.Dispose();
        drop.Dispose();
    }
}
