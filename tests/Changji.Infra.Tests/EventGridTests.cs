using System.Text.Json;

namespace Changji.Infra.Tests;

public sealed class EventGridTests
{
    private static readonly CompiledInfra Infra = CompiledInfra.Main;

    [Fact]
    public void SystemTopic_Source_IsTheStorageAccountWithItsOwnIdentity()
    {
        var topic = Infra.Single(Expected.SystemTopicType);
        var account = Infra.Single("Microsoft.Storage/storageAccounts");

        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.Eval("properties.topicType"));
        Assert.Equal($"Microsoft.Storage/storageAccounts/{account.FullName}", topic.Eval("properties.source"));
        Assert.Equal("SystemAssigned", topic.Eval("identity.type"));
    }

    [Fact]
    public void Subscription_Filter_IsBlobCreatedInIncoming()
    {
        var subscription = Infra.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");

        var types = Assert.IsType<List<object?>>(subscription.Eval("properties.filter.includedEventTypes"));
        Assert.Equal(["Microsoft.Storage.BlobCreated"], types);
        Assert.StartsWith(
            "/blobServices/default/containers/incoming/",
            (string)subscription.Eval("properties.filter.subjectBeginsWith")!,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Subscription_Destination_IsTheIngestQueueViaTheTopicIdentity()
    {
        var subscription = Infra.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var account = Infra.Single("Microsoft.Storage/storageAccounts");

        Assert.False(subscription.Raw("properties").TryGetProperty("destination", out _));
        Assert.Equal("SystemAssigned", subscription.Eval("properties.deliveryWithResourceIdentity.identity.type"));
        Assert.Equal("StorageQueue", subscription.Eval("properties.deliveryWithResourceIdentity.destination.endpointType"));
        Assert.Equal(Expected.IngestQueue, subscription.Eval("properties.deliveryWithResourceIdentity.destination.properties.queueName"));
        Assert.Equal(
            $"Microsoft.Storage/storageAccounts/{account.FullName}",
            subscription.Eval("properties.deliveryWithResourceIdentity.destination.properties.resourceId"));
    }

    [Fact]
    public void Subscription_DeadLetter_IsTheDeadLetterContainerViaTheTopicIdentity()
    {
        var subscription = Infra.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var account = Infra.Single("Microsoft.Storage/storageAccounts");
        const string deadLetter = "properties.deadLetterWithResourceIdentity";

        Assert.Equal("SystemAssigned", subscription.Eval($"{deadLetter}.identity.type"));
        Assert.Equal("StorageBlob", subscription.Eval($"{deadLetter}.deadLetterDestination.endpointType"));
        Assert.Equal($"Microsoft.Storage/storageAccounts/{account.FullName}", subscription.Eval($"{deadLetter}.deadLetterDestination.properties.resourceId"));
        Assert.Equal(Expected.EventGridDeadLetterContainer, subscription.Eval($"{deadLetter}.deadLetterDestination.properties.blobContainerName"));
    }

    // Event Grid checks its send right when the subscription is created, so the role must come first.
    [Fact]
    public void Subscription_DependsOn_TheQueueSenderRoleAssignment()
    {
        var subscription = Infra.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");

        var dependsOn = subscription.Raw("dependsOn").EnumerateArray().Select(d => d.GetString()!);
        Assert.Contains(dependsOn, d => d.Contains("Microsoft.Authorization/roleAssignments", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Array, subscription.Raw("properties.filter.advancedFilters").ValueKind);
    }
}
