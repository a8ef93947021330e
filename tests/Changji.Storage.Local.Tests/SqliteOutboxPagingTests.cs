using Changji.Pipeline.Ports;
using Changji.Testing.Contracts;

namespace Changji.Storage.Local.Tests;

/// <summary>The outbox paging contract on SQLite: a fresh database file per test.</summary>
public sealed class SqliteOutboxPagingTests : OutboxPagingContract, IDisposable
{
    private readonly TempFolder folder = new();

    protected override Task<IAlertLedger> CreateAsync() => Task.FromResult<IAlertLedger>(new SqliteInformationStore(folder.Combine("infodb.sqlite")));

    public void Dispose() => folder.Dispose();
}
