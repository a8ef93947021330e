using Changji.Infra.Tests.Arm;

namespace Changji.Infra.Tests;

public sealed class FunctionAppTests
{
    private static readonly CompiledInfra Infra = CompiledInfra.Main;
    private static readonly CompiledInfra Premium = CompiledInfra.Premium;
    private static readonly string StorageId = $"Microsoft.Storage/storageAccounts/{CompiledInfra.Main.Single("Microsoft.Storage/storageAccounts").FullName}";
    private static readonly string ClientId = new ArmReference(Expected.IdentityId, "clientId").ToString();

    [Fact]
    public void Plan_Sku_IsFlexConsumptionFc1()
    {
        var plan = Infra.Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", plan.Eval("sku.name"));
        Assert.Equal("FlexConsumption", plan.Eval("sku.tier"));
        Assert.Equal(true, plan.Eval("properties.reserved"));
    }

    [Fact]
    public void Site_Identity_IsOnlyTheUserAssignedIdentity()
    {
        var site = Infra.Single("Microsoft.Web/sites");

        Assert.Equal("functionapp,linux", site.Eval("kind"));
        Assert.Equal("UserAssigned", site.Eval("identity.type"));
        var identities = Assert.IsType<Dictionary<string, object?>>(site.Eval("identity.userAssignedIdentities"));
        Assert.Equal([Expected.IdentityId], identities.Keys);
    }

    [Fact]
    public void FunctionAppConfig_Runtime_IsDotnetIsolated10()
    {
        var site = Infra.Single("Microsoft.Web/sites");

        Assert.Equal("dotnet-isolated", site.Eval("properties.functionAppConfig.runtime.name"));
        Assert.Equal("10.0", site.Eval("properties.functionAppConfig.runtime.version"));
        Assert.True(Assert.IsType<long>(site.Eval("properties.functionAppConfig.scaleAndConcurrency.maximumInstanceCount")) >= 40);
    }

    [Fact]
    public void Flex_MaximumInstanceCountParameter_CannotGoBelow40()
    {
        var module = Infra.Single("Microsoft.Resources/deployments", "functionApp");
        var parameter = module.Raw("properties.template.parameters.maximumInstanceCount");

        Assert.Equal(40, parameter.GetProperty("minValue").GetInt32());
    }

    // Deprecated on Flex Consumption: the platform rejects or ignores them.
    [Theory]
    [InlineData("ftpsState")]
    [InlineData("http20Enabled")]
    [InlineData("linuxFxVersion")]
    public void Flex_SiteConfig_OmitsDeprecatedSettings(string name)
    {
        Assert.Null(Infra.Single("Microsoft.Web/sites").Eval($"properties.siteConfig.{name}"));
    }

    [Fact]
    public void Premium_Plan_IsElasticPremiumLinux()
    {
        var plan = Premium.Single("Microsoft.Web/serverfarms");

        Assert.Equal(("EP1", "ElasticPremium", "elastic"), (plan.Eval("sku.name"), plan.Eval("sku.tier"), plan.Eval("kind")));
        Assert.Equal(true, plan.Eval("properties.reserved"));
        Assert.IsType<long>(plan.Eval("properties.maximumElasticWorkerCount"));
    }

    [Fact]
    public void Premium_Site_RunsDotnetIsolated10WithoutFunctionAppConfig()
    {
        var site = Premium.Single("Microsoft.Web/sites");

        Assert.Null(site.Eval("properties.functionAppConfig"));
        Assert.Equal("DOTNET-ISOLATED|10.0", site.Eval("properties.siteConfig.linuxFxVersion"));
        Assert.Equal("Disabled", site.Eval("properties.siteConfig.ftpsState"));
        Assert.Equal("functionapp,linux", site.Eval("kind"));
    }

    [Fact]
    public void Premium_AppSettings_RuntimeAndPackageReadWithTheIdentity()
    {
        var settings = AppSettings.Of(Premium);

        Assert.Equal("~4", settings["FUNCTIONS_EXTENSION_VERSION"].Text);
        Assert.Equal("dotnet-isolated", settings["FUNCTIONS_WORKER_RUNTIME"].Text);
        Assert.Equal($"reference({StorageId}).primaryEndpoints.blob{Expected.DeploymentContainer}/functions.zip", settings["WEBSITE_RUN_FROM_PACKAGE"].Text);
        Assert.Equal(Expected.IdentityId, settings["WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID"].Text);
        Assert.DoesNotContain(settings.Keys, k => k.StartsWith("WEBSITE_CONTENTAZUREFILE", StringComparison.Ordinal));
    }

    [Fact]
    public void Premium_AppSettings_ShareEverySettingOfFlex()
    {
        var flex = AppSettings.Of(Infra);
        var premium = AppSettings.Of(Premium);

        Assert.All(flex, s => Assert.Equal(s.Value.Text, premium[s.Key].Text));
    }

    // __accountName assumes the global cloud's host names; service URIs from the account work in every cloud.
    [Theory]
    [InlineData("AzureWebJobsStorage__blobServiceUri", "blob")]
    [InlineData("AzureWebJobsStorage__queueServiceUri", "queue")]
    [InlineData("AzureWebJobsStorage__tableServiceUri", "table")]
    [InlineData("Storage__blobServiceUri", "blob")]
    [InlineData("Storage__queueServiceUri", "queue")]
    [InlineData("Storage__tableServiceUri", "table")]
    public void AppSettings_ServiceUris_AreTheAccountsPrimaryEndpoints(string name, string service)
    {
        Assert.Equal($"reference({StorageId}).primaryEndpoints.{service}", AppSettings.Of(Infra)[name].Text);
        Assert.DoesNotContain("AzureWebJobsStorage__accountName", AppSettings.Of(Infra).Keys);
    }

    [Fact]
    public void AppSettings_StorageEndpointSuffix_IsTheClouds()
    {
        var site = Infra.Single("Microsoft.Web/sites");

        Assert.Contains("'Storage__endpointSuffix', 'value', environment().suffixes.storage", site.Raw("properties.siteConfig.appSettings").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_StewardAuthority_IsTheCloudsLoginEndpointAndTheTenant()
    {
        var raw = Infra.Single("Microsoft.Web/sites").Raw("properties.siteConfig.appSettings").GetString();

        Assert.Contains("'StewardAuth__Authority', 'value', if(empty(parameters('stewardAuthTenantId')), '', format('{0}{1}', environment().authentication.loginEndpoint, parameters('stewardAuthTenantId')))", raw, StringComparison.Ordinal);
        Assert.Contains("'StewardAuth__ClientId', 'value', parameters('stewardAuthClientId')", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionAppConfig_Deployment_IsBlobContainerReadWithTheIdentity()
    {
        var site = Infra.Single("Microsoft.Web/sites");
        const string storage = "properties.functionAppConfig.deployment.storage";

        Assert.Equal("blobContainer", site.Eval($"{storage}.type"));
        Assert.EndsWith(Expected.DeploymentContainer, (string)site.Eval($"{storage}.value")!, StringComparison.Ordinal);
        Assert.Equal("UserAssignedIdentity", site.Eval($"{storage}.authentication.type"));
        Assert.Equal(Expected.IdentityId, site.Eval($"{storage}.authentication.userAssignedIdentityResourceId"));
    }

    [Theory]
    [InlineData("AzureWebJobsStorage__credential", "managedidentity")]
    [InlineData("Storage__credential", "managedidentity")]
    [InlineData("ServiceBus__credential", "managedidentity")]
    [InlineData("AlertTopic", Expected.AlertTopic)]
    [InlineData("ReconcileSchedule", "0 0 2 * * *")]
    [InlineData("BulletinSchedule", "0 0 1 1 * *")]
    [InlineData("TemplatesSchedule", "0 0 1 1 9 *")]
    [InlineData("BackupSchedule", "0 0 19 * * *")]
    [InlineData("SubmissionDeadlines", "statistics=10-31;funding=12-31;county=12-31")]
    public void AppSettings_Constant_HasItsValue(string name, string value)
    {
        Assert.Equal(value, AppSettings.Of(Infra)[name].Text);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage__clientId")]
    [InlineData("Storage__clientId")]
    [InlineData("ServiceBus__clientId")]
    [InlineData("AZURE_CLIENT_ID")]
    public void AppSettings_ClientId_IsTheUserAssignedIdentity(string name)
    {
        Assert.Equal(ClientId, AppSettings.Of(Infra)[name].Text);
    }

    [Fact]
    public void AppSettings_ApplicationInsights_AuthenticatesWithEntraId()
    {
        var settings = AppSettings.Of(Infra);

        Assert.Equal($"Authorization=AAD;ClientId={ClientId}", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"].Text);
        Assert.Contains("Microsoft.Insights/components", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_AccountNames_AreTheDeployedAccount()
    {
        var settings = AppSettings.Of(Infra);
        var account = Infra.Single("Microsoft.Storage/storageAccounts").FullName;

        Assert.Equal(account, settings["Storage__accountName"].Text);
        Assert.Contains("fullyQualifiedNamespace", settings["ServiceBus__fullyQualifiedNamespace"].Text, StringComparison.Ordinal);
    }

    // Flex Consumption rejects these: the runtime lives in functionAppConfig.runtime.
    [Theory]
    [InlineData("FUNCTIONS_WORKER_RUNTIME")]
    [InlineData("FUNCTIONS_EXTENSION_VERSION")]
    [InlineData("WEBSITE_RUN_FROM_PACKAGE")]
    public void AppSettings_FlexForbidden_AreAbsent(string name)
    {
        Assert.DoesNotContain(name, AppSettings.Of(Infra).Keys);
    }

    [Fact]
    public void Main_HostingPlanParameter_FlexByDefaultOrElasticPremium()
    {
        var parameter = Infra.Template.GetProperty("parameters").GetProperty("hostingPlan");

        Assert.Equal("FlexConsumption", parameter.GetProperty("defaultValue").GetString());
        Assert.Equal(["FlexConsumption", "ElasticPremium"], parameter.GetProperty("allowedValues").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public void Publishing_BasicAuth_IsDisabledForScmAndFtp()
    {
        var policies = Infra.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");

        Assert.Equal(["ftp", "scm"], policies.Select(p => p.LeafName).Order());
        Assert.All(policies, p => Assert.Equal(false, p.Eval("properties.allow")));
    }
}
