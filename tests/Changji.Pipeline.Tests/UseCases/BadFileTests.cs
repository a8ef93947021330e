using System.Text;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Ingestion;
using Changji.Pipeline.Submissions;
using Changji.Pipeline.Tests.Support;
using Changji.Text;

namespace Changji.Pipeline.Tests.UseCases;

/// <summary>
/// A corpus of bad files dropped after the samples were accepted: each gets its report, and nothing
/// accepted earlier is lost or changed.
/// </summary>
public sealed class BadFileTests : IClassFixture<BadFileTests.Accepted>
{
    private readonly Accepted accepted;

    public BadFileTests(Accepted accepted) => this.accepted = accepted;

    /// <summary>The samples, accepted once; each test copies this output folder and drops one bad file into the copy.</summary>
    public sealed class Accepted : IAsyncLifetime, IDisposable
    {
        public SampleRun Run { get; } = new();
        public CountyYear Year2024 { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await Run.RunAsync();
            Year2024 = await Run.Workspace.Store.LoadYearAsync(2024);
        }

        public Task DisposeAsync() => Task.CompletedTask;
        public void Dispose() => Run.Dispose();
    }

    private SchoolStatistics School(int i) => accepted.Year2024.Schools[i];

    public static TheoryData<string, string> Corpus() => new()
    {
        { "empty", "empty_file" },
        { "utf16", "bad_encoding" },
        { "unknown-kind", "unknown_kind" },
        { "truncated-xlsx", "unreadable_file" },
        { "other-year", "year_mismatch" },
        { "negative-count", "negative_count" },
        { "subcount-over-total", "subcount_exceeds_total" },
        { "duplicate-code", "duplicate_school_code" },
        { "unknown-school-type", "unknown_school_type" },
    };

    private (string Name, byte[] Content) Build(string kind) => kind switch
    {
        "empty" => ("空文件.csv", []),
        "utf16" => ("学校基础数据-utf16.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(StatisticsCsv.Write([School(0)])))).ToArray()),
        "unknown-kind" => ("名单.csv", Encoding.UTF8.GetBytes("姓名,年龄\n张三,30\n")),
        "truncated-xlsx" => ("学校基础数据.xlsx", TruncatedXlsx()),
        "other-year" => ("学校基础数据.csv", StatisticsCsv.Write([School(0) with { Year = 2023 }])),
        "negative-count" => ("学校基础数据.csv", StatisticsCsv.Write([School(0) with { PrimaryClasses = -3 }])),
        "subcount-over-total" => ("学校基础数据.csv", StatisticsCsv.Write([School(1) with { CertifiedTeachers = School(1).PrimaryTeachers + School(1).JuniorTeachers + 5 }])),
        "duplicate-code" => ("学校基础数据.csv", StatisticsCsv.Write([School(2), School(2) with { SchoolName = "重复的学校" }])),
        "unknown-school-type" => ("学校基础数据.csv", Encoding.UTF8.GetString(StatisticsCsv.Write([School(3)])).Replace(School(3).SchoolType.ToChinese(), "职业高中", StringComparison.Ordinal) is var s ? Encoding.UTF8.GetBytes(s) : []),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] TruncatedXlsx()
    {
        var xlsx = Directory.EnumerateFiles(RepoRoot.Samples, "*.xlsx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var bytes = File.ReadAllBytes(xlsx);
        return bytes[..(bytes.Length / 2)];
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task BadFile_DroppedAfterTheSamples_GetsItsReportAndLosesNothing(string kind, string expectedCode)
    {
        using var copy = new TempFolder();
        CopyFolder(accepted.Run.Output, copy.Combine("out"));
        var workspace = new LocalOutput(copy.Combine("out"));
        var (name, content) = Build(kind);
        Directory.CreateDirectory(copy.Combine("in", "2024"));
        File.WriteAllBytes(copy.Combine("in", "2024", name), content);
        var before = await SnapshotFactsAsync(workspace);

        var summary = await workspace.RunAsync(copy.Combine("in"), accepted.Run.Clock);

        var outcome = Assert.Single(summary.Files);
        Assert.NotEqual(SubmissionStatus.Accepted, outcome.Submission.Status);
        Assert.True(summary.AnyRejected);
        var findings = await workspace.Store.FindingsAsync(2024);
        var finding = Assert.Single(findings, f => f.Sha256 == outcome.Submission.Sha256 && f.Finding.Code == expectedCode);
        Assert.Contains(name, finding.Finding.MessageZh, StringComparison.Ordinal);
        var report = File.ReadAllText(Path.Combine(workspace.ReportsFolder, outcome.ReportName!));
        Assert.Contains(finding.Finding.MessageZh.Replace("|", "\\|", StringComparison.Ordinal), report, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotFactsAsync(workspace));
        Assert.Equal(content, File.ReadAllBytes(Directory.GetFiles(workspace.RawFolder, outcome.Submission.Sha256 + "*").Single()));
    }

    [Fact]
    public async Task Run_FileOverTheSizeLimit_IsRejectedUnreadAndArchived()
    {
        using var copy = new TempFolder();
        CopyFolder(accepted.Run.Output, copy.Combine("out"));
        var workspace = new LocalOutput(copy.Combine("out"));
        Directory.CreateDirectory(copy.Combine("in", "2024"));
        File.WriteAllBytes(copy.Combine("in", "2024", "大文件.csv"), StatisticsCsv.Write(accepted.Year2024.Schools));
        var before = await SnapshotFactsAsync(workspace);

        var summary = await workspace.RunAsync(copy.Combine("in"), accepted.Run.Clock, settings: new Dictionary<string, string?> { ["MaxFileBytes"] = "1024" });

        var outcome = Assert.Single(summary.Files);
        Assert.Equal(SubmissionStatus.Rejected, outcome.Submission.Status);
        Assert.Contains(await workspace.Store.FindingsAsync(2024), f => f.Finding.Code == "file_too_large");
        Assert.Equal(before, await SnapshotFactsAsync(workspace));
        // Never hashed: known by path, version and length, and the report says its identity is not a content hash.
        var bytes = File.ReadAllBytes(copy.Combine("in", "2024", "大文件.csv"));
        Assert.NotEqual(StableId.Sha256Hex(bytes), outcome.Submission.Sha256);
        Assert.Equal(bytes, File.ReadAllBytes(Directory.GetFiles(workspace.RawFolder, outcome.Submission.Sha256 + "*").Single()));
        var report = File.ReadAllText(Path.Combine(workspace.ReportsFolder, outcome.ReportName!));
        Assert.Contains(ZhCn.Format("report.validation.unread_id", ("id", outcome.Submission.Sha256)), report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BadValueOnEveryRow_ReportAndDatabaseKeepTheFirst200PerCodeAndOneSummary()
    {
        using var copy = new TempFolder();
        CopyFolder(accepted.Run.Output, copy.Combine("out"));
        var workspace = new LocalOutput(copy.Combine("out"));
        Directory.CreateDirectory(copy.Combine("in", "2024"));
        var bad = School(0) with { PrimaryClasses = -3 };
        File.WriteAllBytes(copy.Combine("in", "2024", "每行有误.csv"), StatisticsCsv.Write(Enumerable.Repeat(bad, 30_000).ToList()));

        var summary = await workspace.RunAsync(copy.Combine("in"), accepted.Run.Clock);

        var outcome = Assert.Single(summary.Files);
        Assert.Equal(30_000, outcome.Submission.RowsRejected);
        var report = new FileInfo(Path.Combine(workspace.ReportsFolder, outcome.ReportName!));
        Assert.True(report.Length < 1_000_000, $"report of {report.Length} bytes");
        Assert.Contains("另有 29 800 行同类问题", File.ReadAllText(report.FullName), StringComparison.Ordinal);
        var stored = (await workspace.Store.FindingsAsync(2024)).Where(f => f.Finding.File.EndsWith("每行有误.csv", StringComparison.Ordinal)).ToList();
        Assert.Equal(201, stored.Count(f => f.Finding.Code == "negative_count"));
    }

    [Fact]
    public async Task Run_MaxRowsSetting_RefusesALongerFileWithOneFinding()
    {
        using var copy = new TempFolder();
        CopyFolder(accepted.Run.Output, copy.Combine("out"));
        var workspace = new LocalOutput(copy.Combine("out"));
        Directory.CreateDirectory(copy.Combine("in", "2024"));
        File.WriteAllBytes(copy.Combine("in", "2024", "过长.csv"), StatisticsCsv.Write(accepted.Year2024.Schools));
        var before = await SnapshotFactsAsync(workspace);

        var summary = await workspace.RunAsync(copy.Combine("in"), accepted.Run.Clock, settings: new Dictionary<string, string?> { ["MaxRows"] = "2" });

        Assert.Equal(SubmissionStatus.Rejected, Assert.Single(summary.Files).Submission.Status);
        Assert.Single(await workspace.Store.FindingsAsync(2024), f => f.Finding.Code == "too_many_rows");
        Assert.Equal(before, await SnapshotFactsAsync(workspace));
    }

    [Fact]
    public async Task Run_FormulaInASchoolName_IsKeptAsTextNeverEvaluated()
    {
        using var copy = new TempFolder();
        CopyFolder(accepted.Run.Output, copy.Combine("out"));
        var workspace = new LocalOutput(copy.Combine("out"));
        const string formula = "=HYPERLINK(\"http://example.invalid\",\"点击\")";
        Directory.CreateDirectory(copy.Combine("in", "2024"));
        File.WriteAllBytes(copy.Combine("in", "2024", "公式.csv"), StatisticsCsv.Write([School(4) with { SchoolName = formula }]));

        await workspace.RunAsync(copy.Combine("in"), accepted.Run.Clock);

        var stored = (await workspace.Store.LoadYearAsync(2024)).Schools.Single(s => s.SchoolCode == School(4).SchoolCode);
        Assert.Equal(formula, stored.SchoolName);
        var rows = await Changji.Pipeline.Curated.ParquetTable.ReadAsync<Changji.Pipeline.Curated.DimSchoolRow>(
            File.ReadAllBytes(Path.Combine(workspace.CuratedFolder, "dim_school", "year=2024", "dim_school.parquet")));
        Assert.Equal(formula, rows.Single(r => r.SchoolCode == School(4).SchoolCode).SchoolName);
    }

    private static async Task<string> SnapshotFactsAsync(LocalOutput workspace)
    {
        var sb = new StringBuilder();
        foreach (var year in await workspace.Store.YearsAsync())
        {
            sb.AppendLine(PipelineJson.Serialize(await workspace.Store.LoadYearAsync(year)));
        }

        return sb.ToString();
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
