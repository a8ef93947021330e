using Changji.Pipeline.Ports;
using Changji.Storage.Azure.Tables;
using Changji.Testing.Azure;
using Changji.Testing.Contracts;

namespace Changji.Storage.Azure.Tests.Tables;

/// <summary>The outbox paging contract on Azure Tables (Azurite): the counties' ledger partitions, tables of their own per test.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableOutboxPagingTests(AzuriteFixture azurite) : OutboxPagingContract
{
    protected override async Task<IAlertLedger> CreateAsync()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        return new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);
    }
}
