using System.Globalization;
using System.Text.Json;

namespace Changji.Infra.Tests;

/// <summary>One function app setting: the raw template text and its evaluated rendering.</summary>
internal sealed record AppSetting(string Raw, object? Value)
{
    public string Text => Convert.ToString(Value, CultureInfo.InvariantCulture) ?? string.Empty;
}

internal static class AppSettings
{
    public static IReadOnlyDictionary<string, AppSetting> Of(CompiledInfra infra)
    {
        var site = infra.Single("Microsoft.Web/sites");
        var raw = site.Raw("properties.siteConfig.appSettings");
        if (raw.ValueKind == JsonValueKind.Array)
        {
            return raw.EnumerateArray().ToDictionary(
                s => s.GetProperty("name").GetString()!,
                s => new AppSetting(s.GetProperty("value").GetRawText(), site.Scope.Evaluate(s.GetProperty("value"), site.CopyIndex)),
                StringComparer.Ordinal);
        }

        // An expression (the plan-specific settings are concatenated): each setting's rendering stands for its raw text.
        var settings = Assert.IsType<List<object?>>(site.Eval("properties.siteConfig.appSettings"));
        return settings.Cast<IDictionary<string, object?>>().ToDictionary(
            s => (string)s["name"]!,
            s => new AppSetting(Convert.ToString(s["value"], CultureInfo.InvariantCulture) ?? string.Empty, s["value"]),
            StringComparer.Ordinal);
    }
}
