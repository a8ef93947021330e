using Changji.Storage.Azure.Tables;
using Changji.Testing.Azure;
using Changji.Testing.Contracts;

namespace Changji.Storage.Azure.Tests.Tables;

/// <summary>The claim contract on Azure Tables (Azurite): two store objects, as two function hosts, on the same tables.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableDeliveryClaimTests(AzuriteFixture azurite) : DeliveryClaimContract
{
    protected override async Task<(Store First, Store Second)> CreatePairAsync()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var first = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);
        var second = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);
        return (new Store(first, first), new Store(second, second));
    }
}
