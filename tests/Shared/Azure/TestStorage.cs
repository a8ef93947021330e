using Changji.Storage.Azure.Connection;

using Changji.Storage.Azure;

namespace Changji.Testing.Azure;

/// <summary>Containers, queues and tables with a prefix of their own, so tests never see each other's data.</summary>
public sealed class TestStorage
{
    private TestStorage(AzureStorageClients clients, string prefix)
    {
        Clients = clients;
        Prefix = prefix;
        Names = AzureStorageNames.WithPrefix(prefix);
    }

    /// <summary>The setting <c>Storage__namePrefix</c> that gives the app these names.</summary>
    public string Prefix { get; }

    public AzureStorageClients Clients { get; }
    public AzureStorageNames Names { get; }

    public static async Task<TestStorage> CreateAsync(AzuriteFixture azurite)
    {
        var clients = AzureStorageClients.FromConnectionString(azurite.ConnectionString);
        var storage = new TestStorage(clients, "t" + Guid.NewGuid().ToString("N")[..10]);
        await clients.EnsureCreatedAsync(storage.Names);
        return storage;
    }
}
