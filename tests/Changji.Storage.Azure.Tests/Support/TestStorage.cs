using Changji.Storage.Azure.Connection;

namespace Changji.Storage.Azure.Tests.Support;

/// <summary>Containers, queues and tables with a prefix of their own, so tests never see each other's data.</summary>
public sealed class TestStorage
{
    private TestStorage(AzureStorageClients clients, AzureStorageNames names)
    {
        Clients = clients;
        Names = names;
    }

    public AzureStorageClients Clients { get; }
    public AzureStorageNames Names { get; }

    public static async Task<TestStorage> CreateAsync(AzuriteFixture azurite)
    {
        var clients = AzureStorageClients.FromConnectionString(azurite.ConnectionString);
        var names = AzureStorageNames.WithPrefix("t" + Guid.NewGuid().ToString("N")[..10]);
        await clients.EnsureCreatedAsync(names);
        return new TestStorage(clients, names);
    }
}
