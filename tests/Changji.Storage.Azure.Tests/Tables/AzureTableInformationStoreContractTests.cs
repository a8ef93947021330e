using Changji.Pipeline.Ports;
using Changji.Storage.Azure.Tables;
using Changji.Testing.Azure;
using Changji.Testing.Contracts;

namespace Changji.Storage.Azure.Tests.Tables;

/// <summary>The information-store contract on Azure Tables (Azurite): tables of their own per test.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableInformationStoreContractTests(AzuriteFixture azurite) : InformationStoreContract
{
    protected override async Task<(ISubmissionLedger Ledger, IFactStore Facts, IAlertLedger Alerts)> CreateAsync()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        var store = new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);
        return (store, store, store);
    }
}
