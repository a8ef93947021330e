using Changji.Testing.Contracts;

namespace Changji.Storage.Local.Tests;

/// <summary>The claim contract on SQLite: two store objects (two connections, as two <c>changji notify</c> processes) on one database file.</summary>
public sealed class SqliteDeliveryClaimTests : DeliveryClaimContract, IDisposable
{
    private readonly TempFolder folder = new();

    protected override Task<(Store First, Store Second)> CreatePairAsync()
    {
        var path = folder.Combine("infodb.sqlite");
        var first = new SqliteInformationStore(path);
        var second = new SqliteInformationStore(path);
        return Task.FromResult((new Store(first, first), new Store(second, second)));
    }

    public void Dispose() => folder.Dispose();
}
