using System.Globalization;
using System.Text;
using Changji.Pipeline.Reports;

namespace Changji.Pipeline.Tests.UseCases;

/// <summary>
/// <c>changji run</c> on a county with more failing schools than the 自评报告 lists: the appendix with every
/// one is written beside the report (docs/outputs.md §5).
/// </summary>
public sealed class FailingSchoolsAppendixRunTests : IDisposable
{
    private readonly TempFolder folder = new();

    /// <summary>
    /// The samples' 2024 statistics header with one of its schools repeated under new codes, its building and
    /// grounds cut to about a tenth (L4 and L5 below the floor): every copy fails the school rule.
    /// </summary>
    private string WriteInput(int schools)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot.Samples, "2024", "school_statistics_2024.csv"));
        var header = lines[0].Split(',');
        var sample = lines[1].Split(',');
        int Column(string name) => Array.IndexOf(header, name);
        var csv = new StringBuilder().AppendLine(lines[0]);
        for (var i = 1; i <= schools; i++)
        {
            var row = (string[])sample.Clone();
            row[Column("school_code")] = (3652019000L + i).ToString(CultureInfo.InvariantCulture);
            row[Column("school_name")] = $"测试第{i:D3}小学";
            row[Column("teaching_area_m2")] = "1000";
            row[Column("sports_ground_area_m2")] = "1000";
            row[Column("indoor_sports_area_m2")] = "100";
            csv.AppendLine(string.Join(',', row));
        }

        var input = folder.Combine("in");
        Directory.CreateDirectory(Path.Combine(input, "2024"));
        File.WriteAllText(Path.Combine(input, "2024", "学校基础数据-2024.csv"), csv.ToString(), new UTF8Encoding(false));
        return input;
    }

    [Fact]
    public async Task Run_MoreFailingSchoolsThanTheReportLists_AppendixBesideTheReportListsEveryOne()
    {
        var output = new LocalOutput(folder.Combine("out"));

        await output.RunAsync(WriteInput(SelfEvaluationReport.MaxFailingListed + 5), FixedClock.InSchoolYear2025());

        var report = await File.ReadAllTextAsync(Path.Combine(output.ReportsFolder, SelfEvaluationReport.FileName(2024)));
        var appendix = await File.ReadAllTextAsync(Path.Combine(output.ReportsFolder, SelfEvaluationReport.AppendixFileName(2024)));
        Assert.Contains("共 105 个，完整清单见附件《自评报告-2024学年-附件-未达标学校清单.html》", report, StringComparison.Ordinal);
        // Listed in the table up to the cap (the 整改台账 further down still names every school's alert).
        Assert.Contains("| 测试第100小学（3652019100） | 小学 |", report, StringComparison.Ordinal);
        Assert.DoesNotContain("| 测试第101小学（3652019101） | 小学 |", report, StringComparison.Ordinal);
        Assert.Contains("<html", appendix, StringComparison.Ordinal);
        Assert.Contains("测试第001小学（3652019001）", appendix, StringComparison.Ordinal);
        Assert.Contains("测试第105小学（3652019105）", appendix, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
