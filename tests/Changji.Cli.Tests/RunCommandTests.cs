using System.CommandLine;

namespace Changji.Cli.Tests;

public sealed class RunCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    private static async Task<(int Code, string Out, string Err)> InvokeAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var root = new RootCommand { RunCommand.Create(FixedClock.InSchoolYear2025(), stdout, stderr), IndicatorsCommand.Create(stdout) };
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        var code = await root.Parse(args).InvokeAsync(config);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Run_Samples_ExitsWithRejectionsThenCleanOnRerun()
    {
        var output = folder.Combine("out");

        var first = await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", output);
        var second = await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", output);

        Assert.Equal(ExitCodes.Rejections, first.Code);
        Assert.Contains("评估结果", first.Out, StringComparison.Ordinal);
        Assert.Contains("报送文件", first.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, second.Code);
        Assert.Contains("已收到过", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Samples_YearsTableShowsCommitmentsAndPlanBesideNational()
    {
        var result = await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", folder.Combine("out-columns"));

        Assert.Contains("地方承诺", result.Out, StringComparison.Ordinal);
        Assert.Contains("昌吉方案", result.Out, StringComparison.Ordinal);
        Assert.Contains("G4、C2", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingRequiredOption_IsAUsageError()
    {
        var result = await InvokeAsync("run", "--input", RepoRoot.Samples);

        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Contains("--output", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownProfile_IsAUsageErrorNamingTheChoices()
    {
        var result = await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", folder.Combine("o"), "--profile", "hebei-2099");

        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Contains("changji-2022", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Help_DescribesEveryOption()
    {
        var result = await InvokeAsync("run", "--help");

        Assert.Equal(0, result.Code);
        foreach (var option in new[] { "--input", "--output", "--year", "--profile", "--as-of", "--county", "--documents" })
        {
            Assert.Contains(option, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Run_OneYear_EvaluatesOnlyThatYear()
    {
        var output = folder.Combine("out");

        await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", output, "--year", "2024");

        var years = Directory.GetDirectories(Path.Combine(output, "curated", "dim_school")).Select(Path.GetFileName).ToList();
        Assert.Equal(["year=2024"], years);
    }

    [Fact]
    public async Task Run_AsOfPastTheNextYearsDeadline_RaisesItsMissingSubmissionAlerts()
    {
        var before = folder.Combine("before");
        var after = folder.Combine("after");

        await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", before, "--as-of", "2026-10-31T23:59:59+08:00");
        await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", after, "--as-of", "2026-11-01T00:00:00+08:00");

        Assert.DoesNotContain(OutboxTexts(before), t => t.Contains("2026学年", StringComparison.Ordinal));
        Assert.Contains(OutboxTexts(after), t => t.Contains("2026学年 学校基础数据 应于 2026-10-31", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_SameAsOfTwice_GivesTheSameOutputsWhateverTheClock()
    {
        var first = folder.Combine("first");
        var second = folder.Combine("second");

        await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", first, "--as-of", "2026-06-01T16:00+08:00");
        await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", second, "--as-of", "2026-06-01T08:00Z");

        Assert.Equal(Hashes(first), Hashes(second));
    }

    [Theory]
    [InlineData("2025-11-01")]
    [InlineData("2025-11-01T09:00")]
    [InlineData("tomorrow")]
    public async Task Run_AsOfWithoutAnOffset_IsAUsageError(string value)
    {
        var result = await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", folder.Combine("o"), "--as-of", value);

        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Contains("--as-of", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OtherProfileOnAnExistingOutput_RefusesAndResolvesNothing()
    {
        var output = folder.Combine("out");
        await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", output, "--profile", "changji-2022", "--year", "2023");
        var before = Hashes(output);

        var other = await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", output, "--profile", "national-2017", "--year", "2023");

        Assert.Equal(ExitCodes.Usage, other.Code);
        Assert.Contains("changji-2022", other.Err, StringComparison.Ordinal);
        Assert.Contains("--output", other.Err, StringComparison.Ordinal);
        Assert.Equal(before, Hashes(output));
    }

    [Fact]
    public async Task Run_OtherProfileOnItsOwnOutput_Runs()
    {
        await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", folder.Combine("a"), "--profile", "changji-2022");

        var other = await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", folder.Combine("b"), "--profile", "national-2017");

        Assert.Equal(ExitCodes.Rejections, other.Code);
    }

    [Fact]
    public async Task Run_CountyNotSixDigits_IsAUsageErrorNamingTheOption()
    {
        var result = await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", folder.Combine("c"), "--county", "65230");

        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Contains("--county", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("c", "curated")));
    }

    [Fact]
    public async Task Run_SamplesAsAnotherHomeCounty_ReportIsTitledWithThatCounty()
    {
        var output = folder.Combine("other-home");

        var result = await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", output, "--county", "652302", "--year", "2024");

        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.StartsWith("# 652302县域", File.ReadAllText(Path.Combine(output, "reports", "2024", "自评报告-2024学年.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DocumentsUnknown_IsAUsageErrorNamingTheChoices()
    {
        var result = await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", folder.Combine("d"), "--documents", "some");

        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Contains("reports", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reports", true, false)]
    [InlineData("none", false, false)]
    [InlineData("all", true, true)]
    public async Task Run_Documents_WritesTheChosenOnes(string documents, bool report, bool booklets)
    {
        var output = folder.Combine("docs-" + documents);

        await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", output, "--year", "2024", "--documents", documents);

        Assert.Equal(report, File.Exists(Path.Combine(output, "reports", "2024", "自评报告-2024学年.docx")));
        Assert.Equal(booklets, Directory.Exists(Path.Combine(output, "reports", "2024", "一校一册")));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(output, "curated"), "*.parquet", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Run_AnotherHomeCountyOnTheSameOutput_IsAUsageErrorAndChangesNothing()
    {
        var output = folder.Combine("home-pinned");
        await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", output, "--year", "2024");
        var before = Hashes(output);

        var other = await InvokeAsync("run", "--input", RepoRoot.Samples, "--output", output, "--year", "2024", "--county", "652302");

        Assert.Equal(ExitCodes.Usage, other.Code);
        Assert.Contains("652301", other.Err, StringComparison.Ordinal);
        Assert.Equal(before, Hashes(output));
    }

    private static IEnumerable<string> OutboxTexts(string output) =>
        Directory.EnumerateFiles(Path.Combine(output, "outbox")).Select(File.ReadAllText);

    private static Dictionary<string, string> Hashes(string output) =>
        new[] { "curated", "outbox", "reports" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(output, d), "*", SearchOption.AllDirectories))
            .ToDictionary(p => Path.GetRelativePath(output, p), p => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(p))));

    public void Dispose() => folder.Dispose();
}
