using System.Text;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Results;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Tests.Support;

namespace Changji.Pipeline.Tests.UseCases;

/// <summary>
/// No school silently leaves the evaluation (docs/standard.md §6): a school rejected this year makes the
/// resource area missing; a school absent this year raises 学校未报送 unless the county file declares it closed.
/// </summary>
public sealed class SchoolPresenceTests : IDisposable
{
    private readonly SampleRun run = new();
    private readonly TempFolder drop = new();

    [Fact]
    public async Task RejectedSchool_ItsRowInvalidThisYear_MakesResourceAreaMissingNotMet()
    {
        var (schools, absentCode) = await Year2024SchoolsAsync();
        var rejected = schools.Select(s => s.SchoolCode == absentCode ? s with { PrimaryStudents = -5 } : s).ToList();

        var summary = await run.RunAsync(Input(StatisticsCsv.Write(rejected)));

        var evaluation = summary.Years.Single(y => y.Year == 2024).Evaluation!;
        var resource = evaluation.Areas.Single(a => a.Area == Area.Resource);
        Assert.Equal(ItemStatus.Missing, resource.Status);
        Assert.Contains(absentCode, resource.Blocking);
        Assert.NotEqual(ItemStatus.Met, evaluation.Overall);
        Assert.DoesNotContain(await run.Workspace.Store.LoadAsync(), a => a.Rule == AlertRule.SchoolNotReported.Code);
    }

    [Fact]
    public async Task AbsentSchool_NotDeclaredClosed_RaisesSchoolNotReportedNamingItsCode()
    {
        var (schools, absentCode) = await Year2024SchoolsAsync();

        await run.RunAsync(Input(StatisticsCsv.Write(schools.Where(s => s.SchoolCode != absentCode))));

        var alert = Assert.Single(await run.Workspace.Store.LoadAsync(), a => a.Rule == AlertRule.SchoolNotReported.Code);
        Assert.Equal(absentCode, alert.SchoolCode);
        Assert.Equal(2024, alert.OpenedYear);
        Assert.Contains("closed_school", alert.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AbsentSchool_DeclaredClosedInTheCountyFile_RaisesNothing()
    {
        var (schools, absentCode) = await Year2024SchoolsAsync();
        var county = File.ReadAllText(Path.Combine(RepoRoot.Samples, "2024", "县级指标数据-2024.csv")).TrimEnd() + $"\n2024,closed_school,{absentCode},撤并至昌吉市第一小学\n";

        await run.RunAsync(Input(StatisticsCsv.Write(schools.Where(s => s.SchoolCode != absentCode)), Encoding.UTF8.GetBytes(county)));

        Assert.DoesNotContain(await run.Workspace.Store.LoadAsync(), a => a.Rule == AlertRule.SchoolNotReported.Code);
    }

    /// <summary>The samples' 2024 schools, read once from a throwaway run, and the code of one to leave out.</summary>
    private static async Task<(List<Changji.Evaluation.Facts.SchoolStatistics> Schools, string Code)> Year2024SchoolsAsync()
    {
        using var samples = new SampleRun();
        await samples.RunAsync(year: 2024);
        var schools = (await samples.Workspace.Store.LoadYearAsync(2024)).Schools.ToList();
        return (schools, schools.First(s => s.PrimaryStudents > 0 && s.JuniorStudents == 0).SchoolCode);
    }

    /// <summary>2023 as in the samples, then 2024 with these statistics (and county file, when given).</summary>
    private string Input(byte[] statistics2024, byte[]? county2024 = null)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot.Samples, "2023")))
        {
            Directory.CreateDirectory(drop.Combine("2023"));
            File.Copy(file, drop.Combine("2023", Path.GetFileName(file)), overwrite: true);
        }

        Directory.CreateDirectory(drop.Combine("2024"));
        File.WriteAllBytes(drop.Combine("2024", "学校基础数据-2024.csv"), statistics2024);
        File.WriteAllBytes(drop.Combine("2024", "县级指标数据-2024.csv"), county2024 ?? File.ReadAllBytes(Path.Combine(RepoRoot.Samples, "2024", "县级指标数据-2024.csv")));
        return drop.Path;
    }

    public void Dispose()
    {
        run.Dispose();
        drop.Dispose();
    }
}
