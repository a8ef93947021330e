using Changji.Infra.Tests.Arm;

namespace Changji.Infra.Tests;

public sealed class RoleAssignmentTests
{
    private static readonly CompiledInfra Infra = CompiledInfra.Main;

    private static readonly string SystemTopicId =
        $"{Expected.SystemTopicType}/{Infra.Single(Expected.SystemTopicType).FullName}";

    [Fact]
    public void Assignments_EveryOne_IsAServicePrincipal()
    {
        var assignments = Infra.OfType("Microsoft.Authorization/roleAssignments");

        Assert.NotEmpty(assignments);
        Assert.All(assignments, a => Assert.Equal("ServicePrincipal", a.Eval("properties.principalType")));
    }

    // Only two principals ever get a role: the app's user-assigned identity and the Event Grid
    // system topic's own identity (which delivers BlobCreated events to the ingest queue).
    [Fact]
    public void Assignments_PrincipalId_IsTheAppIdentityOrTheSystemTopicIdentity()
    {
        var principals = Infra.OfType("Microsoft.Authorization/roleAssignments")
            .Select(a => Assert.IsType<ArmReference>(a.Eval("properties.principalId")))
            .Distinct()
            .ToList();

        Assert.Equal(
            [new ArmReference(SystemTopicId, "identity.principalId"), new ArmReference(Expected.IdentityId, "principalId")],
            principals.OrderBy(p => p.ResourceId, StringComparer.Ordinal));
    }

    [Fact]
    public void AppIdentity_Roles_AreExactlyTheOnesTheAppNeeds()
    {
        var roles = RolesOf(new ArmReference(Expected.IdentityId, "principalId"));

        Assert.Equal(
            new[]
            {
                Expected.StorageBlobDataOwner,
                Expected.StorageQueueDataContributor,
                Expected.StorageTableDataContributor,
                Expected.ServiceBusDataSender,
                Expected.MonitoringMetricsPublisher,
                // Notify: receive from the two alert subscriptions, read channel secrets through Key Vault references.
                Expected.ServiceBusDataReceiver,
                Expected.ServiceBusDataReceiver,
                Expected.KeyVaultSecretsUser,
            }.Order(),
            roles.Order());
    }

    [Fact]
    public void SystemTopicIdentity_Roles_QueueSenderOnIngestQueueAndBlobWriterOnDeadLetterContainerOnly()
    {
        var assignments = Infra.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => Equals(a.Eval("properties.principalId"), new ArmReference(SystemTopicId, "identity.principalId")))
            .Select(a => (Role: ((string)a.Eval("properties.roleDefinitionId")!).Split('/')[^1], Scope: (string)a.Eval("scope")!))
            .OrderBy(a => a.Role, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(2, assignments.Count);
        Assert.Equal(Expected.StorageBlobDataContributor, assignments[0].Role);
        Assert.EndsWith($"/blobServices/default/containers/{Expected.EventGridDeadLetterContainer}", assignments[0].Scope, StringComparison.Ordinal);
        Assert.Equal(Expected.StorageQueueDataMessageSender, assignments[1].Role);
        Assert.EndsWith($"/queueServices/default/queues/{Expected.IngestQueue}", assignments[1].Scope, StringComparison.Ordinal);
    }

    private static List<string> RolesOf(ArmReference principal) =>
        Infra.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => Equals(a.Eval("properties.principalId"), principal))
            .Select(a => ((string)a.Eval("properties.roleDefinitionId")!).Split('/')[^1])
            .ToList();
}
