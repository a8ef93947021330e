using Changji.Pipeline.Reports;
using Changji.Pipeline.Tests.Support;

namespace Changji.Pipeline.Tests.Reports;

/// <summary>The yearly self-evaluation reports (自评报告) the samples produce, as a leader reads them.</summary>
public sealed class SelfEvaluationReportTests : IClassFixture<SelfEvaluationReportTests.Written>
{
    private readonly Written written;

    public SelfEvaluationReportTests(Written written) => this.written = written;

    public sealed class Written : IAsyncLifetime, IDisposable
    {
        public SampleRun Run { get; } = new();
        public Task InitializeAsync() => Run.RunAsync();
        public string Report(int year) => File.ReadAllText(Path.Combine(Run.Workspace.ReportsFolder, SelfEvaluationReport.FileName(year)));
        public Task DisposeAsync() => Task.CompletedTask;
        public void Dispose() => Run.Dispose();
    }

    [Fact]
    public void Report2023_FailingYear_SaysSoAndNamesEveryBlockingItem()
    {
        var report = written.Report(2023);

        Assert.Contains("**国家标准：尚未达到优质均衡标准。**", report, StringComparison.Ordinal);
        Assert.Contains("还有 5 个学年", report, StringComparison.Ordinal);
        foreach (var blocking in new[] { "L2 每百名学生拥有县级以上骨干教师数", "G5 班额", "Q2 残疾儿童少年入学率", "S1 社会认可度" })
        {
            Assert.Contains(blocking, report, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Report2023_FailingSchools_ShowWhatTheyLackInWholeTeachersRoomsAndYuan()
    {
        var report = written.Report(2023);

        Assert.Contains("| 昌吉市榆树沟镇中心小学（3652010008） | 小学 | 5/7 | L4、L7 | 无 | L4 缺 227 平方米；L7 缺 2 间 |", report, StringComparison.Ordinal);
        Assert.Contains("L6 缺 240,000 元", report, StringComparison.Ordinal);
        Assert.Contains("L3 缺 1 人", report, StringComparison.Ordinal);
        Assert.Contains("| L2 每百名学生拥有县级以上骨干教师数 | 初中 | 12 | 0.494 | 0.45 | 未达标 |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Report2023_Rectification_ListsAlertsOpenAtYearEndEvenIfResolvedLater()
    {
        var report = written.Report(2023);

        Assert.Contains("## 八、整改台账", report, StringComparison.Ordinal);
        Assert.Contains("初中 L2 每百名学生拥有县级以上骨干教师数 校际差异系数 0.494", report, StringComparison.Ordinal);
        // Its owners are those of the measures the plan assigns to L2 (10, then 12); high: due 90 days after it opened.
        Assert.Contains("超过限值 0.45。 | 市委组织部、市财政局、市教育局、市人社局、市委编办 | 2026-08-30 |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Report2025_PassingYear_SaysAllFourAreasPass()
    {
        var report = written.Report(2025);

        Assert.Contains("**国家标准：四个方面全部达标。**", report, StringComparison.Ordinal);
        Assert.DoesNotContain("| 未达标 |", report, StringComparison.Ordinal);
        Assert.Contains("补报-学校基础数据-有误.csv", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Report2024_NationalHeadline_ShowsCommitmentsAndPlanBesideIt()
    {
        var report = written.Report(2024);

        Assert.Contains("**国家标准：尚未达到优质均衡标准。**", report, StringComparison.Ordinal);
        Assert.Contains("地方承诺：未达标；本地方案（国家标准达标且地方承诺达标）：未达标。", report, StringComparison.Ordinal);
        Assert.Contains("| **国家标准总体结论** | 未达标 | G4 学校规模 |", report, StringComparison.Ordinal);
        Assert.Contains("| 地方承诺 | 未达标 | C2 三个增长 |", report, StringComparison.Ordinal);
        Assert.Contains("## 七、地方承诺", report, StringComparison.Ordinal);
    }
}
