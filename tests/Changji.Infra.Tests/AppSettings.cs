using System.Globalization;

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
        return site.Raw("properties.siteConfig.appSettings").EnumerateArray().ToDictionary(
            s => s.GetProperty("name").GetString()!,
            s => new AppSetting(s.GetProperty("value").GetRawText(), site.Scope.Evaluate(s.GetProperty("value"), site.CopyIndex)),
            StringComparer.Ordinal);
    }
}
