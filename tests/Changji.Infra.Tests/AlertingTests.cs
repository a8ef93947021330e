namespace Changji.Infra.Tests;

/// <summary>The IT owner hears about failures: action group, alerts, and logs in Log Analytics.</summary>
public sealed class AlertingTests
{
    private static readonly CompiledInfra Infra = CompiledInfra.Main;

    private static string ActionGroupId => $"Microsoft.Insights/actionGroups/{Infra.Single("Microsoft.Insights/actionGroups").FullName}";

    private static string IdOf(string type) => $"{type}/{Infra.Single(type).FullName}";

    [Fact]
    public void ActionGroup_EmailReceiver_IsTheAlertEmailParameter()
    {
        var group = Infra.Single("Microsoft.Insights/actionGroups");
        var receivers = Assert.IsType<List<object?>>(group.Eval("properties.emailReceivers"));
        var receiver = Assert.IsType<Dictionary<string, object?>>(Assert.Single(receivers));

        Assert.Equal("Global", group.Eval("location"));
        Assert.Contains("parameters('alertEmail')", group.Raw("properties.emailReceivers").ToString(), StringComparison.Ordinal);
        Assert.Equal(true, receiver["useCommonAlertSchema"]);
        Assert.True(Infra.Template.GetProperty("parameters").TryGetProperty("alertEmail", out var parameter));
        Assert.False(parameter.TryGetProperty("defaultValue", out _));
    }

    [Theory]
    [InlineData("function-failures", "Microsoft.Insights/components", "requests/failed")]
    [InlineData("servicebus-deadletters", "Microsoft.ServiceBus/namespaces", "DeadletteredMessages")]
    [InlineData("eventgrid-deadlettered", "Microsoft.EventGrid/systemTopics", "DeadLetteredCount")]
    [InlineData("eventgrid-dropped", "Microsoft.EventGrid/systemTopics", "DroppedEventCount")]
    public void MetricAlert_Signal_WatchesItsResourceAndNotifiesTheOwner(string name, string resourceType, string metric)
    {
        var alert = Assert.Single(Infra.OfType("Microsoft.Insights/metricAlerts"), a => a.FullName.EndsWith($"-{name}", StringComparison.Ordinal));

        Assert.Equal([IdOf(resourceType)], Assert.IsType<List<object?>>(alert.Eval("properties.scopes")));
        var criterion = Assert.IsType<Dictionary<string, object?>>(Assert.Single(Assert.IsType<List<object?>>(alert.Eval("properties.criteria.allOf"))));
        Assert.Equal((metric, "GreaterThan", 0L), (criterion["metricName"], criterion["operator"], criterion["threshold"]));
        var action = Assert.IsType<Dictionary<string, object?>>(Assert.Single(Assert.IsType<List<object?>>(alert.Eval("properties.actions"))));
        Assert.Equal(ActionGroupId, action["actionGroupId"]);
    }

    [Fact]
    public void Heartbeat_NoSuccessfulReconcileFor26Hours_Alerts()
    {
        var rule = Assert.Single(Infra.OfType("Microsoft.Insights/scheduledQueryRules"), r => r.FullName.EndsWith("-reconcile-heartbeat", StringComparison.Ordinal));
        var criterion = Assert.IsType<Dictionary<string, object?>>(Assert.Single(Assert.IsType<List<object?>>(rule.Eval("properties.criteria.allOf"))));

        Assert.Equal([IdOf("Microsoft.Insights/components")], Assert.IsType<List<object?>>(rule.Eval("properties.scopes")));
        Assert.Equal("PT26H", rule.Eval("properties.windowSize"));
        Assert.Contains("operation_Name == \"Reconcile\"", (string)criterion["query"]!, StringComparison.Ordinal);
        Assert.Contains("success == true", (string)criterion["query"]!, StringComparison.Ordinal);
        Assert.Equal(("Count", "LessThan", 1L), (criterion["timeAggregation"], criterion["operator"], criterion["threshold"]));
        Assert.Equal([ActionGroupId], Assert.IsType<List<object?>>(rule.Eval("properties.actions.actionGroups")));
    }

    [Theory]
    [InlineData("/blobServices/default")]
    [InlineData("/queueServices/default")]
    [InlineData("/tableServices/default")]
    [InlineData("Microsoft.ServiceBus/namespaces/")]
    [InlineData("Microsoft.EventGrid/systemTopics/")]
    [InlineData("Microsoft.Web/sites/")]
    public void DiagnosticSettings_Resource_SendsLogsToTheWorkspace(string scope)
    {
        var setting = Assert.Single(Infra.OfType("Microsoft.Insights/diagnosticSettings"), d => ((string)d.Eval("scope")!).Contains(scope, StringComparison.Ordinal));

        Assert.Equal(IdOf("Microsoft.OperationalInsights/workspaces"), setting.Eval("properties.workspaceId"));
        var log = Assert.IsType<Dictionary<string, object?>>(Assert.Single(Assert.IsType<List<object?>>(setting.Eval("properties.logs"))));
        Assert.Equal(true, log["enabled"]);
    }
}
