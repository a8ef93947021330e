using System.Text.Json;
using Changji.Infra.Tests.Arm;

namespace Changji.Infra.Tests;

/// <summary>infra/main.bicep compiled once by the real Bicep CLI and flattened for assertions.</summary>
internal sealed class CompiledInfra
{
    public const string NamePrefix = "cj";
    public const string EnvironmentName = "dev";

    private static readonly Lazy<CompiledInfra> Instance = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);

    private CompiledInfra(BicepRun build, JsonDocument document)
    {
        Build = build;
        Template = document.RootElement;
        Resources = ArmTemplate.Flatten(Template, new Dictionary<string, object?>
        {
            ["namePrefix"] = NamePrefix,
            ["environmentName"] = EnvironmentName,
        }).Where(r => !r.IsExisting).ToList();
    }

    public static CompiledInfra Main => Instance.Value;

    public BicepRun Build { get; }

    public JsonElement Template { get; }

    /// <summary>Every deployed resource (existing references excluded), loops expanded.</summary>
    public IReadOnlyList<ArmResource> Resources { get; }

    public IReadOnlyList<ArmResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();

    public ArmResource Single(string type) => Assert.Single(OfType(type));

    private static CompiledInfra Compile()
    {
        var build = BicepCli.Run("build", Path.Combine("infra", "main.bicep"), "--stdout");
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build failed ({build.ExitCode}):\n{build.StdErr}");
        }

        return new CompiledInfra(build, JsonDocument.Parse(build.StdOut));
    }
}
