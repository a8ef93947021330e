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
        foreach (var option in new[] { "--input", "--output", "--year", "--profile" })
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

    public void Dispose() => folder.Dispose();
}
