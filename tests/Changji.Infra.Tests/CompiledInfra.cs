using System.Text.Json;
using Changji.Infra.Tests.Arm;

namespace Changji.Infra.Tests;

/// <summary>infra/main.bicep compiled once by the real Bicep CLI and flattened for assertions.</summary>
internal sealed class CompiledInfra
{
    public const string NamePrefix = "cj";
    public const string EnvironmentName = "dev";

    private static readonly Lazy<(BicepRun Build, JsonDocument Document)> Compiled = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<CompiledInfra> Instance = new(() => new CompiledInfra(Compiled.Value.Build, Compiled.Value.Document, "FlexConsumption"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<CompiledInfra> PremiumInstance = new(() => new CompiledInfra(Compiled.Value.Build, Compiled.Value.Document, "ElasticPremium"), LazyThreadSafetyMode.ExecutionAndPublication);

    private CompiledInfra(BicepRun build, JsonDocument document, string hostingPlan, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        Build = build;
        Template = document.RootElement;
        var values = new Dictionary<string, object?>(parameters ?? new Dictionary<string, object?>())
        {
            ["namePrefix"] = NamePrefix,
            ["environmentName"] = EnvironmentName,
            ["hostingPlan"] = hostingPlan,
        };
        Resources = ArmTemplate.Flatten(Template, values).Where(r => !r.IsExisting).ToList();
    }

    /// <summary>The default deployment with further parameters, e.g. <c>channelSecretNames</c>.</summary>
    public static CompiledInfra With(IReadOnlyDictionary<string, object?> parameters) =>
        new(Compiled.Value.Build, Compiled.Value.Document, "FlexConsumption", parameters);

    /// <summary>The default deployment: hostingPlan FlexConsumption.</summary>
    public static CompiledInfra Main => Instance.Value;

    /// <summary>The same template deployed with hostingPlan ElasticPremium (regions and clouds without Flex).</summary>
    public static CompiledInfra Premium => PremiumInstance.Value;

    public BicepRun Build { get; }

    public JsonElement Template { get; }

    /// <summary>Every deployed resource (existing references excluded), loops expanded.</summary>
    public IReadOnlyList<ArmResource> Resources { get; }

    public IReadOnlyList<ArmResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();

    public ArmResource Single(string type) => Assert.Single(OfType(type));

    public ArmResource Single(string type, string name) => Assert.Single(OfType(type), r => r.FullName == name);

    private static (BicepRun Build, JsonDocument Document) Compile()
    {
        var build = BicepCli.Run("build", Path.Combine("infra", "main.bicep"), "--stdout");
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build failed ({build.ExitCode}):\n{build.StdErr}");
        }

        return (build, JsonDocument.Parse(build.StdOut));
    }
}
