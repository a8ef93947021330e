using System.Text.Json;

namespace Changji.Infra.Tests.Arm;

/// <summary>Flattens a compiled template: every resource of every nested module deployment, loops expanded.</summary>
internal static class ArmTemplate
{
    public static IReadOnlyList<ArmResource> Flatten(JsonElement template, IReadOnlyDictionary<string, object?> parameters)
    {
        var found = new List<ArmResource>();
        Walk(new ArmScope(template, parameters), found);
        return found;
    }

    private static void Walk(ArmScope scope, List<ArmResource> found)
    {
        foreach (var element in Resources(scope.Template))
        {
            foreach (var resource in Instances(element, scope))
            {
                found.Add(resource);
                if (resource.Type == "Microsoft.Resources/deployments"
                    && resource.Element.GetProperty("properties").TryGetProperty("template", out var nested))
                {
                    Walk(new ArmScope(nested, ModuleParameters(resource)), found);
                }
            }
        }
    }

    // languageVersion 2.0 templates keep resources in an object keyed by symbolic name.
    private static IEnumerable<JsonElement> Resources(JsonElement template)
    {
        var resources = template.GetProperty("resources");
        return resources.ValueKind == JsonValueKind.Array
            ? resources.EnumerateArray()
            : resources.EnumerateObject().Select(p => p.Value);
    }

    private static IEnumerable<ArmResource> Instances(JsonElement element, ArmScope scope)
    {
        // A conditional resource (Bicep `= if (…)`) whose condition is false for these parameters is not deployed.
        if (element.TryGetProperty("condition", out var condition) && scope.Evaluate(condition) is false)
        {
            return [];
        }

        if (!element.TryGetProperty("copy", out var copy))
        {
            return [new ArmResource(element, scope, null)];
        }

        var count = scope.Evaluate(copy.GetProperty("count")) as long?
            ?? throw new InvalidOperationException($"Loop count not constant: {copy}");
        return Enumerable.Range(0, (int)count).Select(i => new ArmResource(element, scope, i));
    }

    private static Dictionary<string, object?> ModuleParameters(ArmResource module)
    {
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (module.Element.GetProperty("properties").TryGetProperty("parameters", out var supplied))
        {
            foreach (var parameter in supplied.EnumerateObject())
            {
                values[parameter.Name] = module.Scope.Evaluate(parameter.Value.GetProperty("value"), module.CopyIndex);
            }
        }

        return values;
    }
}
