using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Changji.Infra.Tests;

/// <summary>azure.yaml, infra/main.parameters.json and .github/workflows/azure.yml, checked as far as possible without Azure.</summary>
public sealed partial class DeploymentAutomationTests
{
    private static readonly CompiledInfra Infra = CompiledInfra.Main;

    [Fact]
    public void AzureYaml_Service_IsTheFunctionsProjectOnTheTaggedFunctionApp()
    {
        var root = Yaml("azure.yaml");
        var infra = Map(root, "infra");
        Assert.Equal(("bicep", "infra", "main"), (Text(infra, "provider"), Text(infra, "path"), Text(infra, "module")));
        Assert.True(File.Exists(Path.Combine(RepoRoot.Path, Text(infra, "path"), Text(infra, "module") + ".bicep")));

        var services = Map(root, "services");
        var (name, service) = Assert.Single(services.Children.Select(c => (((YamlScalarNode)c.Key).Value!, (YamlMappingNode)c.Value)));
        Assert.Equal(("dotnet", "function"), (Text(service, "language"), Text(service, "host")));
        var project = Path.Combine(RepoRoot.Path, Text(service, "project"));
        Assert.Single(Directory.GetFiles(project, "*.csproj"));
        Assert.EndsWith(Path.Combine("functions", "Changji.Functions"), Path.GetFullPath(project).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);

        var tags = Assert.IsType<Dictionary<string, object?>>(Infra.Single("Microsoft.Web/sites").Eval("tags"));
        Assert.Equal(name, tags["azd-service-name"]);
    }

    [Fact]
    public void AzdParameters_EveryOneExistsInMainBicep_AndEveryRequiredOneIsSet()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(RepoRoot.Infra("main.parameters.json")));
        var set = file.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToList();
        var declared = Infra.Template.GetProperty("parameters").EnumerateObject().ToList();

        Assert.All(set, p => Assert.Contains(declared, d => d.Name == p));
        Assert.All(declared.Where(d => !d.Value.TryGetProperty("defaultValue", out _)), d => Assert.Contains(d.Name, set));
        Assert.Equal("${AZURE_ENV_NAME}", file.RootElement.GetProperty("parameters").GetProperty("environmentName").GetProperty("value").GetString());
    }

    [Fact]
    public void Workflow_PullRequestWhatIf_MainDeploysAppAndSmokeTests()
    {
        var jobs = Map(Yaml(".github/workflows/azure.yml"), "jobs");

        Assert.Equal(["deploy", "test", "what-if"], jobs.Children.Keys.Select(k => ((YamlScalarNode)k).Value).Order());
        Assert.Contains("pull_request", Text(Map(jobs, "what-if"), "if"), StringComparison.Ordinal);
        Assert.Contains("az deployment group what-if", Runs(Map(jobs, "what-if")), StringComparison.Ordinal);
        var deploy = Runs(Map(jobs, "deploy"));
        Assert.Contains("refs/heads/main", Text(Map(jobs, "deploy"), "if"), StringComparison.Ordinal);
        Assert.True(
            deploy.IndexOf("az deployment group create", StringComparison.Ordinal) < deploy.IndexOf("infra/deploy-app.sh", StringComparison.Ordinal)
            && deploy.IndexOf("infra/deploy-app.sh", StringComparison.Ordinal) < deploy.IndexOf("infra/smoke-test.sh", StringComparison.Ordinal),
            deploy);
        Assert.Contains(".ci/run", Runs(Map(jobs, "test")), StringComparison.Ordinal);
    }

    [Fact]
    public void Workflow_Login_IsOpenIdConnectOnly()
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot.Path, ".github", "workflows", "azure.yml"));
        var jobs = Map(Yaml(".github/workflows/azure.yml"), "jobs");

        Assert.DoesNotContain("client-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("creds:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secrets.", text, StringComparison.Ordinal);
        foreach (var job in new[] { "what-if", "deploy" })
        {
            Assert.Equal("write", Text(Map(Map(jobs, job), "permissions"), "id-token"));
            var login = Assert.Single(Steps(Map(jobs, job)), s => s.Children.ContainsKey("uses") && Text(s, "uses").StartsWith("azure/login@", StringComparison.Ordinal));
            Assert.Contains("AZURE_CLIENT_ID", Text(Map(login, "with"), "client-id"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Workflow_EveryScriptAndFileItNames_IsInTheRepositoryAndRuns()
    {
        var text = string.Join('\n', Map(Yaml(".github/workflows/azure.yml"), "jobs").Children.Values.Cast<YamlMappingNode>().Select(Runs))
            + "\n" + File.ReadAllText(Path.Combine(RepoRoot.Path, ".github", "workflows", "azure.yml"));
        var paths = RepoPath().Matches(text).Select(m => m.Value).Distinct().ToList();

        Assert.Contains("infra/main.bicep", paths);
        Assert.Contains("infra/params/global.bicepparam", paths);
        Assert.All(paths, p => Assert.True(File.Exists(Path.Combine(RepoRoot.Path, p)), $"{p} is not in the repository"));
        foreach (var script in paths.Where(p => p.EndsWith(".sh", StringComparison.Ordinal) || p == ".ci/run"))
        {
            // The runner is Linux; a Windows checkout has no mode bits to check.
            if (OperatingSystem.IsWindows())
            {
                continue;
            }

            Assert.True((File.GetUnixFileMode(Path.Combine(RepoRoot.Path, script)) & UnixFileMode.UserExecute) != 0, $"{script} is not executable");
        }
    }

    [GeneratedRegex(@"(?:\.ci|infra|functions)/[\w./-]+")]
    private static partial Regex RepoPath();

    private static YamlMappingNode Yaml(string relative)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepoRoot.Path, relative));
        stream.Load(reader);
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) => ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Cast<YamlMappingNode>();

    private static string Runs(YamlMappingNode job) => string.Join('\n', Steps(job).Where(s => s.Children.ContainsKey("run")).Select(s => Text(s, "run")));
}
