using Changji.Pipeline.Ports;
using Changji.Storage.Azure.Tables;
using Changji.Testing.Azure;
using Changji.Testing.Contracts;

namespace Changji.Storage.Azure.Tests.Tables;

/// <summary>The recompute-stamps contract on Azure Tables (Azurite): tables of their own per test.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableRecomputeStampsContractTests(AzuriteFixture azurite) : RecomputeStampsContract
{
    protected override async Task<(IAlertLedger Alerts, IRecomputeStamps Stamps)> CreateStampsAsync()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var store = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);
        return (store, store);
    }
}
