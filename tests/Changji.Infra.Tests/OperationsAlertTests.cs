namespace Changji.Infra.Tests;

/// <summary>infra/modules/operations.bicep: a poison queue that is not empty, and the monthly budget, both to the IT owner.</summary>
public sealed class OperationsAlertTests
{
    private static string ActionGroupId(CompiledInfra infra) => $"Microsoft.Insights/actionGroups/{infra.Single("Microsoft.Insights/actionGroups").FullName}";

    public static TheoryData<string> Plans => new() { "FlexConsumption", "ElasticPremium" };

    private static CompiledInfra Of(string plan) => plan == "FlexConsumption" ? CompiledInfra.Main : CompiledInfra.Premium;

    [Theory]
    [MemberData(nameof(Plans))]
    public void PoisonQueueAlert_LastLoggedDepthAboveZero_NotifiesTheOwner(string plan)
    {
        var infra = Of(plan);
        var rule = Assert.Single(infra.OfType("Microsoft.Insights/scheduledQueryRules"), r => r.FullName.EndsWith("-poison-queue-not-empty", StringComparison.Ordinal));
        var criterion = Assert.IsType<Dictionary<string, object?>>(Assert.Single(Assert.IsType<List<object?>>(rule.Eval("properties.criteria.allOf"))));
        var query = (string)criterion["query"]!;

        Assert.Equal([$"Microsoft.Insights/components/{infra.Single("Microsoft.Insights/components").FullName}"], Assert.IsType<List<object?>>(rule.Eval("properties.scopes")));
        // The line functions/Changji.Functions/Monitoring/PoisonDepthLog.cs writes: "PoisonQueueDepth {queue}={depth}".
        Assert.Contains("where message startswith \"PoisonQueueDepth \"", query, StringComparison.Ordinal);
        Assert.Contains("parse message with \"PoisonQueueDepth \" Queue \"=\" Depth:long", query, StringComparison.Ordinal);
        Assert.Contains("summarize arg_max(timestamp, Depth) by Queue | where Depth > 0", query, StringComparison.Ordinal);
        Assert.Equal(("Count", "GreaterThan", 0L), (criterion["timeAggregation"], criterion["operator"], criterion["threshold"]));
        Assert.Equal("PT26H", rule.Eval("properties.windowSize"));
        Assert.Equal([ActionGroupId(infra)], Assert.IsType<List<object?>>(rule.Eval("properties.actions.actionGroups")));
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Budget_Monthly_MailsTheOwnerAtActual80AndForecast100(string plan)
    {
        var infra = Of(plan);
        var budget = infra.Single("Microsoft.Consumption/budgets");

        Assert.Equal(("Cost", "Monthly"), (budget.Eval("properties.category"), budget.Eval("properties.timeGrain")));
        Assert.Contains("monthlyBudget", budget.Raw("properties.amount").ToString(), StringComparison.Ordinal);
        var notifications = Assert.IsType<Dictionary<string, object?>>(budget.Eval("properties.notifications"));
        var thresholds = notifications.Values.Cast<Dictionary<string, object?>>().Select(n => ((string)n["thresholdType"]!, (long)n["threshold"]!)).Order();
        Assert.Equal([("Actual", 80L), ("Forecasted", 100L)], thresholds);
        Assert.All(notifications.Values.Cast<Dictionary<string, object?>>(), n =>
            Assert.Equal([ActionGroupId(infra)], Assert.IsType<List<object?>>(n["contactGroups"])));
        Assert.True(infra.Template.GetProperty("parameters").GetProperty("monthlyBudget").TryGetProperty("defaultValue", out _));
    }
}
