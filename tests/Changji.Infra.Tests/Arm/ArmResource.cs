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

    /// <summary>
    /// The evaluated value at a dotted path. The path may run into an expression (e.g. a property that is
    /// <c>[if(…, createObject(…), …)]</c>): the rest of the path is then followed in the evaluated value.
    /// </summary>
    public object? Eval(string path)
    {
        var segments = path.Split('.');
        var current = Element;
        for (var i = 0; i < segments.Length; i++)
        {
            if (current.ValueKind == JsonValueKind.Object)
            {
                current = current.GetProperty(segments[i]);
                continue;
            }

            var value = Scope.Evaluate(current, CopyIndex);
            foreach (var segment in segments[i..])
            {
                value = value switch
                {
                    IDictionary<string, object?> map => map.TryGetValue(segment, out var next) ? next : throw new KeyNotFoundException($"{segment} in {path}"),
                    ArmReference reference => reference.Then(segment),
                    _ => throw new KeyNotFoundException($"{segment} in {path}: not an object"),
                };
            }

            return value;
        }

        return Scope.Evaluate(current, CopyIndex);
    }
}
