using System.Text;
using Changji.Pipeline.Tests.Support;

namespace Changji.Pipeline.Tests.UseCases;

/// <summary>
/// Funding for a school not in that year's statistics (docs/input-files.md §2): a warning in the funding
/// file's validation report and in fact_data_quality, the row kept, the warning gone once the statistics arrive.
/// </summary>
public sealed class CrossFileFindingTests : IDisposable
{
    private const string NewSchool = "3652019999";
    private readonly SampleRun run = new();
    private readonly TempFolder drop = new();

    [Fact]
    public async Task FundingForUnknownSchool_Report_WarnsAndTheRowIsKept()
    {
        await run.RunAsync();

        var summary = await run.RunAsync(Drop("2024/补报-学校经费数据.csv", Funding(NewSchool)));

        var outcome = Assert.Single(summary.Files);
        Assert.Equal(1, outcome.Submission.Warnings);
        var report = File.ReadAllText(Path.Combine(run.Workspace.ReportsFolder, outcome.ReportName!));
        Assert.Contains($"学校标识码「{NewSchool}」", report, StringComparison.Ordinal);
        Assert.Contains((await run.Workspace.Store.LoadYearAsync(2024)).Funding, f => f.SchoolCode == NewSchool);
        Assert.Equal(1, QualityRows(NewSchool));
    }

    [Fact]
    public async Task FundingForUnknownSchool_StatisticsArrive_WarningLeavesDataQuality()
    {
        await run.RunAsync();
        await run.RunAsync(Drop("2024/补报-学校经费数据.csv", Funding(NewSchool)));
        var school = (await run.Workspace.Store.LoadYearAsync(2024)).Schools[0] with { SchoolCode = NewSchool, SchoolName = "昌吉市新建学校" };

        await run.RunAsync(Drop("2024/补报-学校基础数据.csv", StatisticsCsv.Write([school])));

        Assert.Equal(0, QualityRows(NewSchool));
    }

    private static byte[] Funding(string code) => Encoding.UTF8.GetBytes(
        "学年,学校标识码,学校名称,公用经费预算总额（万元）,教师培训经费预算（万元）,公用经费实际拨付（万元）\n" +
        $"2024,{code},昌吉市新建学校,100,6,98\n");

    private string Drop(string path, byte[] content)
    {
        var folder = drop.Combine(Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, content);
        return folder;
    }

    private int QualityRows(string value) => Convert.ToInt32(
        CuratedQuery.Rows(run.Workspace.CuratedFolder, "fact_data_quality", $"SELECT count(*) FROM t WHERE year = 2024 AND code = 'funding_school_unknown' AND value = '{value}'").Single()[0],
        System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        run.Dispose();
        drop.Dispose();
    }
}
