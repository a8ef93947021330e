using Changji.Pipeline.Ports;
using Changji.Testing.Contracts;

namespace Changji.Storage.Local.Tests;

/// <summary>The information-store contract on SQLite: a fresh database file per test.</summary>
public sealed class SqliteInformationStoreContractTests : InformationStoreContract, IDisposable
{
    private readonly TempFolder folder = new();

    protected override Task<(ISubmissionLedger Ledger, IFactStore Facts, IAlertLedger Alerts)> CreateAsync()
    {
        var store = new SqliteInformationStore(folder.Combine("infodb.sqlite"));
        return Task.FromResult<(ISubmissionLedger, IFactStore, IAlertLedger)>((store, store, store));
    }

    public void Dispose() => folder.Dispose();
}
