using System.Text.Json;

namespace Changji.Infra.Tests.Arm;

/// <summary>One resource instance of a compiled template (one per copy-loop iteration), with its scope.</summary>
internal sealed record ArmResource(JsonElement Element, ArmScope Scope, int? CopyIndex)
{
    public string Type => Element.GetProperty("type").GetString()!;

    public bool IsExisting => Element.TryGetProperty("existing", out var e) && e.GetBoolean();

    /// <summary>The resource's full name, evaluated ("acct/default/incoming").</summary>
    public string FullName => Convert.ToString(Scope.Evaluate(Element.GetProperty("name"), CopyIndex), System.Globalization.CultureInfo.InvariantCulture)!;

    /// <summary>The last segment of the name: the container, queue or table name.</summary>
    public string LeafName => FullName.Split('/')[^1];

    /// <summary>The raw JSON at a dotted path under the resource, e.g. "properties.principalId".</summary>
    public JsonElement Raw(string path) =>
        path.Split('.').Aggregate(Element, (current, segment) => current.GetProperty(segment));

    /// <summary>The evaluated value at a dotted path.</summary>
    public object? Eval(string path) => Scope.Evaluate(Raw(path), CopyIndex);
}
