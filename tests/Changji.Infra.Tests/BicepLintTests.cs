using System.Text.Json;

namespace Changji.Infra.Tests;

public sealed class BicepLintTests
{
    private static readonly string[] StrictRules =
    [
        "no-hardcoded-env-urls",
        "secure-secrets-in-params",
        "outputs-should-not-contain-secrets",
        "use-secure-value-for-secure-inputs",
        "no-unused-params",
        "no-unused-vars",
        "prefer-interpolation",
        "use-resource-id-functions",
        "no-unused-existing-resources",
        "what-if-short-circuiting",
    ];

    [Fact]
    public void Lint_MainBicep_ExitsZeroWithoutDiagnostics()
    {
        var lint = BicepCli.Run("lint", Path.Combine("infra", "main.bicep"));

        Assert.Empty(lint.Diagnostics);
        Assert.Equal(0, lint.ExitCode);
    }

    [Fact]
    public void Build_MainBicep_CompilesWithoutWarnings()
    {
        var build = CompiledInfra.Main.Build;

        Assert.Equal(0, build.ExitCode);
        Assert.Empty(build.Diagnostics);
    }

    [Fact]
    public void Config_SecurityRules_AreRaisedToError()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(RepoRoot.Infra("bicepconfig.json")));
        var rules = config.RootElement.GetProperty("analyzers").GetProperty("core").GetProperty("rules");

        Assert.All(StrictRules, rule => Assert.Equal("error", rules.GetProperty(rule).GetProperty("level").GetString()));
    }

    // Proves bicepconfig.json is really in force: a file breaking two rules fails lint with exit 1.
    [Fact]
    public void Lint_FileBreakingStrictRules_FailsWithErrors()
    {
        var dir = Directory.CreateTempSubdirectory("changji-bicep-");
        try
        {
            File.Copy(RepoRoot.Infra("bicepconfig.json"), Path.Combine(dir.FullName, "bicepconfig.json"));
            var file = Path.Combine(dir.FullName, "bad.bicep");
            File.WriteAllText(file, "param unused string\noutput login string = 'https://login.microsoftonline.com/x'\n");

            var lint = BicepCli.Run("lint", file);

            Assert.Equal(1, lint.ExitCode);
            Assert.Contains(lint.Diagnostics, d => d.Contains("Error no-unused-params", StringComparison.Ordinal));
            Assert.Contains(lint.Diagnostics, d => d.Contains("Error no-hardcoded-env-urls", StringComparison.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
