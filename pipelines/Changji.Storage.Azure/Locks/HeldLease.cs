using Azure;
using Azure.Storage.Blobs.Specialized;

namespace Changji.Storage.Azure.Locks;

/// <summary>
/// A year's lease while its holder works: renewed every <c>renewEvery</c> (a third of its duration, so
/// two renewals may fail before it lapses), released when disposed. A renewal that fails for good
/// leaves the lease to lapse; the work goes on, and the alert ledger's own check
/// (<c>AlertLedgerChangedException</c>) still keeps a second writer from applying stale decisions.
/// </summary>
internal sealed class HeldLease : IAsyncDisposable
{
    private readonly BlobLeaseClient lease;
    private readonly CancellationTokenSource stop = new();
    private readonly Task renewing;

    public HeldLease(BlobLeaseClient lease, TimeSpan renewEvery, TimeProvider clock)
    {
        this.lease = lease;
        renewing = RenewAsync(renewEvery, clock, stop.Token);
    }

    private async Task RenewAsync(TimeSpan every, TimeProvider clock, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, clock, ct).ConfigureAwait(false);
                await lease.RenewAsync(cancellationToken: ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (RequestFailedException)
            {
                // A transient failure: the next renewal comes before the lease lapses.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await renewing.ConfigureAwait(false);
        stop.Dispose();
        try
        {
            await lease.ReleaseAsync().ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            // Lapsed or taken over already: nothing left to release.
        }
    }
}
