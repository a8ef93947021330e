namespace Changji.Cli.Serve;

/// <summary>
/// One upload written and processed at a time: the local information database is one SQLite file and
/// a recompute reads what the previous one wrote, as <c>changji run</c> takes files one after another.
/// </summary>
internal sealed class LocalUploadGate : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
