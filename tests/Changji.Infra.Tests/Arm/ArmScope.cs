using System.Text.Json;
using System.Text.RegularExpressions;

namespace Changji.Infra.Tests.Arm;

/// <summary>
/// Evaluates the deploy-time-constant part of ARM expressions in one template: variables, parameters
/// (supplied or default), format, take, … Anything known only at deployment (uniqueString,
/// resourceGroup(), reference(...)) stays symbolic, so tests can still say *which* resource a
/// runtime value comes from.
/// </summary>
internal sealed partial class ArmScope(JsonElement template, IReadOnlyDictionary<string, object?> parameters)
{
    public JsonElement Template { get; } = template;

    public object? Evaluate(JsonElement value, int? copyIndex = null) => value.ValueKind switch
    {
        JsonValueKind.String => EvaluateString(value.GetString()!, copyIndex),
        JsonValueKind.Number => value.GetInt64(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(item => Evaluate(item, copyIndex)).ToList(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(
            p => Text(EvaluateString(p.Name, copyIndex)), p => Evaluate(p.Value, copyIndex), StringComparer.OrdinalIgnoreCase),
        _ => null,
    };

    public object? EvaluateString(string text, int? copyIndex = null)
    {
        if (text.StartsWith("[[", StringComparison.Ordinal))
        {
            return text[1..];
        }

        return text.StartsWith('[') && text.EndsWith(']')
            ? Eval(ArmParser.Parse(text[1..^1]), copyIndex)
            : text;
    }

    private object? Eval(ArmNode node, int? copyIndex) => node switch
    {
        ArmLiteral literal => literal.Value,
        ArmMember member => Member(Eval(member.Target, copyIndex), member.Name),
        ArmIndex index => Index(Eval(index.Target, copyIndex), Eval(index.Index, copyIndex)),
        ArmCall call => Call(call.Function.ToLowerInvariant(), call.Arguments.Select(a => Eval(a, copyIndex)).ToList(), copyIndex),
        _ => throw new NotSupportedException(node.ToString()),
    };

    /// <summary>A variable, or a variable loop (<c>variables.copy</c>, Bicep's <c>[for …]</c> in a <c>var</c>) expanded.</summary>
    private object? Variable(string name)
    {
        var variables = Template.GetProperty("variables");
        if (variables.TryGetProperty(name, out var value))
        {
            return Evaluate(value);
        }

        var loop = variables.GetProperty("copy").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
        var count = Evaluate(loop.GetProperty("count")) as long?
            ?? throw new InvalidOperationException($"Variable loop count not constant: {loop}");
        return Enumerable.Range(0, checked((int)count)).Select(i => Evaluate(loop.GetProperty("input"), i)).ToList();
    }

    private object? Call(string function, List<object?> args, int? copyIndex) => function switch
    {
        "variables" => Variable((string)args[0]!),
        "parameters" => Parameter((string)args[0]!),
        "copyindex" => copyIndex.HasValue ? (long)copyIndex.Value : throw new InvalidOperationException("copyIndex() outside a loop."),
        "format" => FormatPlaceholder().Replace((string)args[0]!, m => Text(args[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1])),
        "concat" => args.All(a => a is List<object?>) ? args.SelectMany(a => (List<object?>)a!).ToList() : string.Concat(args.Select(Text)),
        "createarray" => args,
        "createobject" => CreateObject(args),
        "union" => args.All(a => a is Dictionary<string, object?>)
            ? args.Cast<Dictionary<string, object?>>().SelectMany(d => d).GroupBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.OrdinalIgnoreCase)
            : ArmUnknown.Instance,
        "if" => args[0] is bool condition ? (condition ? args[1] : args[2]) : ArmUnknown.Instance,
        "equals" => args.Any(a => a is ArmUnknown or ArmReference) ? ArmUnknown.Instance : Equals(args[0], args[1]),
        "not" => args[0] is bool b ? !b : ArmUnknown.Instance,
        "true" => true,
        "false" => false,
        "null" => null,
        "length" => args[0] switch { List<object?> list => (long)list.Count, string s => (long)s.Length, _ => ArmUnknown.Instance },
        "tolower" => args[0] is string s ? s.ToLowerInvariant() : ArmUnknown.Instance,
        "replace" => args.All(a => a is string) ? ((string)args[0]!).Replace((string)args[1]!, (string)args[2]!, StringComparison.Ordinal) : ArmUnknown.Instance,
        "take" => args[0] is string s && args[1] is long n ? s[..(int)Math.Min(n, s.Length)] : ArmUnknown.Instance,
        "resourceid" or "subscriptionresourceid" => ResourceId(args),
        "reference" => new ArmReference(Text(args[0]), string.Empty),
        _ => ArmUnknown.Instance,
    };

    private static Dictionary<string, object?> CreateObject(List<object?> args)
    {
        var map = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            map[Text(args[i])] = args[i + 1];
        }

        return map;
    }

    private object? Parameter(string name)
    {
        if (parameters.TryGetValue(name, out var supplied))
        {
            return supplied;
        }

        return Template.GetProperty("parameters").GetProperty(name).TryGetProperty("defaultValue", out var fallback)
            ? Evaluate(fallback)
            : ArmUnknown.Instance;
    }

    // ("Microsoft.X/a/b", n1, n2) -> "Microsoft.X/a/n1/b/n2": the resource id without subscription and group.
    private static string ResourceId(List<object?> args)
    {
        var typeAt = args.FindIndex(a => a is string s && s.StartsWith("Microsoft.", StringComparison.OrdinalIgnoreCase));
        var types = ((string)args[typeAt]!).Split('/');
        var names = args.Skip(typeAt + 1).Select(Text).ToList();
        var segments = new List<string> { types[0] };
        for (var i = 0; i < names.Count; i++)
        {
            segments.Add(types[i + 1]);
            segments.Add(names[i]);
        }

        return string.Join('/', segments);
    }

    private static object? Member(object? target, string name) => target switch
    {
        ArmReference reference => reference.Then(name),
        IDictionary<string, object?> map => map.TryGetValue(name, out var v) ? v : ArmUnknown.Instance,
        _ => ArmUnknown.Instance,
    };

    private static object? Index(object? target, object? index) => (target, index) switch
    {
        (List<object?> list, long i) => list[(int)i],
        (IDictionary<string, object?> map, string key) => map[key],
        _ => ArmUnknown.Instance,
    };

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        bool b => b ? "True" : "False",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex FormatPlaceholder();
}
