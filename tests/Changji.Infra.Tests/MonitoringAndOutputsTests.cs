namespace Changji.Infra.Tests;

public sealed class MonitoringAndOutputsTests
{
    private static readonly CompiledInfra Infra = CompiledInfra.Main;

    [Fact]
    public void AppInsights_LocalAuth_IsDisabledAndWorkspaceBased()
    {
        var insights = Infra.Single("Microsoft.Insights/components");
        var workspace = Infra.Single("Microsoft.OperationalInsights/workspaces");

        Assert.Equal(true, insights.Eval("properties.DisableLocalAuth"));
        Assert.Equal($"Microsoft.OperationalInsights/workspaces/{workspace.FullName}", insights.Eval("properties.WorkspaceResourceId"));
    }

    [Theory]
    [InlineData("storageAccountName")]
    [InlineData("curatedDfsUrl")]
    [InlineData("functionAppName")]
    [InlineData("serviceBusFullyQualifiedNamespace")]
    public void Main_Outputs_IncludeWhatOperatorsNeed(string output)
    {
        var outputs = Infra.Template.GetProperty("outputs");

        Assert.Equal("string", outputs.GetProperty(output).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("location")]
    [InlineData("environmentName")]
    [InlineData("namePrefix")]
    public void Main_Parameters_IncludeLocationEnvironmentAndPrefix(string parameter)
    {
        Assert.True(Infra.Template.GetProperty("parameters").TryGetProperty(parameter, out _));
    }
}
