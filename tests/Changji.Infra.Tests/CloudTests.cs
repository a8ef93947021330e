using System.Text.Json;

namespace Changji.Infra.Tests;

/// <summary>One template for global Azure and Azure China: parameter files per cloud, and no cloud's host names written down.</summary>
public sealed class CloudTests
{
    /// <summary>Host-name suffixes of global Azure and of Azure China (21Vianet).</summary>
    private static readonly string[] CloudHostNames =
    [
        "core.windows.net", "servicebus.windows.net", "azurewebsites.net", "applicationinsights.azure.com", "login.microsoftonline.com",
        "core.chinacloudapi.cn", "servicebus.chinacloudapi.cn", "chinacloudsites.cn", "applicationinsights.azure.cn", "login.chinacloudapi.cn",
    ];

    private static readonly string[] SourceExtensions = [".cs", ".bicep", ".bicepparam", ".json", ".sh", ".template", ".tmdl", ".pbir", ".csproj", ".props"];

    private static readonly string[] SkippedFolders = ["docs", "tests", "node_modules", "bin", "obj", ".git"];

    public static TheoryData<string, string, string?> ParameterFiles() => new()
    {
        { "global.bicepparam", "FlexConsumption", null },
        { "china.bicepparam", "ElasticPremium", "chinanorth3" },
    };

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void BuildParams_ParameterFile_CompilesCleanWithItsPlan(string file, string plan, string? location)
    {
        var run = BicepCli.Run("build-params", Path.Combine("infra", "params", file), "--stdout");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Diagnostics);
        using var output = JsonDocument.Parse(run.StdOut);
        using var parameters = JsonDocument.Parse(output.RootElement.GetProperty("parametersJson").GetString()!);
        var values = parameters.RootElement.GetProperty("parameters");
        Assert.Equal(plan, values.GetProperty("hostingPlan").GetProperty("value").GetString());
        Assert.Equal(location, values.TryGetProperty("location", out var l) ? l.GetProperty("value").GetString() : null);
        Assert.Equal(CompiledInfra.Main.Build.StdOut.Trim(), output.RootElement.GetProperty("templateJson").GetString()!.Trim());
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void Lint_ParameterFile_ExitsZeroWithoutDiagnostics(string file, string plan, string? location)
    {
        _ = (plan, location);
        var lint = BicepCli.Run("lint", Path.Combine("infra", "params", file));

        Assert.Empty(lint.Diagnostics);
        Assert.Equal(0, lint.ExitCode);
    }

    [Fact]
    public void Sources_OutsideDocsAndTests_NameNoCloudHost()
    {
        var offenders = new List<string>();
        foreach (var file in SourceFiles(RepoRoot.Path))
        {
            var text = File.ReadAllText(file);
            offenders.AddRange(CloudHostNames.Where(host => text.Contains(host, StringComparison.OrdinalIgnoreCase))
                .Select(host => $"{Path.GetRelativePath(RepoRoot.Path, file)}: {host}"));
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void Template_Compiled_NamesNoCloudHost()
    {
        Assert.All(CloudHostNames, host => Assert.DoesNotContain(host, CompiledInfra.Main.Build.StdOut, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Outputs_CuratedDfsUrl_IsTheAccountsDfsEndpoint()
    {
        var storage = CompiledInfra.Main.Single("Microsoft.Resources/deployments", "storage");
        var output = storage.Raw("properties.template.outputs.curatedDfsUrl.value").GetString();

        Assert.Contains("primaryEndpoints.dfs", output, StringComparison.Ordinal);
    }

    private static IEnumerable<string> SourceFiles(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (SourceExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase) && !file.EndsWith("package-lock.json", StringComparison.Ordinal))
            {
                yield return file;
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Where(d => !SkippedFolders.Contains(Path.GetFileName(d))))
        {
            foreach (var file in SourceFiles(sub))
            {
                yield return file;
            }
        }
    }
}
