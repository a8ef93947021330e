namespace Changji.Infra.Tests;

public sealed class ServiceBusTests
{
    private static readonly CompiledInfra Infra = CompiledInfra.Main;

    [Fact]
    public void Namespace_LocalAuth_IsDisabledOnStandard()
    {
        var ns = Infra.Single("Microsoft.ServiceBus/namespaces");

        Assert.Equal(true, ns.Eval("properties.disableLocalAuth"));
        Assert.Equal("Standard", ns.Eval("sku.name"));
    }

    [Fact]
    public void Topic_SupervisionAlerts_RequiresDuplicateDetection()
    {
        var topic = Infra.Single("Microsoft.ServiceBus/namespaces/topics");

        Assert.Equal(Expected.AlertTopic, topic.LeafName);
        Assert.Equal(true, topic.Eval("properties.requiresDuplicateDetection"));
        Assert.Equal("P7D", topic.Eval("properties.duplicateDetectionHistoryTimeWindow"));
    }

    [Fact]
    public void Subscription_SupervisionOffice_HangsOffTheAlertTopic()
    {
        var subscription = Assert.Single(Infra.OfType("Microsoft.ServiceBus/namespaces/topics/subscriptions"), s => s.LeafName == Expected.AlertSubscription);

        Assert.Equal(Expected.AlertTopic, subscription.FullName.Split('/')[^2]);
    }
}
