using Changji.Pipeline.Ports;
using Changji.Testing.Contracts;

namespace Changji.Storage.Local.Tests;

/// <summary>The recompute-stamps contract on SQLite: a fresh database file per test.</summary>
public sealed class SqliteRecomputeStampsContractTests : RecomputeStampsContract, IDisposable
{
    private readonly TempFolder folder = new();

    protected override Task<(IAlertLedger Alerts, IRecomputeStamps Stamps)> CreateStampsAsync()
    {
        var store = new SqliteInformationStore(folder.Combine("infodb.sqlite"));
        return Task.FromResult<(IAlertLedger, IRecomputeStamps)>((store, store));
    }

    public void Dispose() => folder.Dispose();
}
