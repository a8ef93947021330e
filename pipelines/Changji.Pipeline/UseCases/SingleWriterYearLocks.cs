using Changji.Pipeline.Ports;

namespace Changji.Pipeline.UseCases;

/// <summary>The locks of a single process that runs one step at a time (<c>changji run</c>): always free, nothing to hold.</summary>
public sealed class SingleWriterYearLocks : IYearLocks
{
    public Task<IAsyncDisposable> AcquireAsync(int? year, CancellationToken cancellationToken = default) => Task.FromResult<IAsyncDisposable>(Nothing.Instance);

    public Task<IAsyncDisposable> AcquireAsync(int? year, string county, CancellationToken cancellationToken = default) => Task.FromResult<IAsyncDisposable>(Nothing.Instance);

    public Task<IAsyncDisposable> AcquireRegionAsync(CancellationToken cancellationToken = default) => Task.FromResult<IAsyncDisposable>(Nothing.Instance);

    private sealed class Nothing : IAsyncDisposable
    {
        public static readonly Nothing Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
