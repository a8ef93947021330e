using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Changji.Pipeline.Counties;
using Changji.Pipeline.Ports;

namespace Changji.Storage.Azure.Locks;

/// <summary>
/// A blob lease per school year on <c>locks/{year}</c> (<c>locks/none</c> for files without a year
/// folder), and per year and county on <c>locks/{year}-{county}</c> for a county other than the home
/// county, whose lease is the year's (<see cref="YearLockName"/>), and <c>locks/region</c> for the files spanning counties. A holder renews its lease while it works (<see cref="HeldLease"/>), so a long recompute
/// keeps it, and a crashed instance's lease lapses after <see cref="LeaseDuration"/>; a waiter polls
/// until the lease is free. Leases are the storage account's own mutual exclusion: no extra service.
/// </summary>
/// <param name="leaseDuration">15 to 60 seconds (a lease may also be infinite, which a crash would never release); default <see cref="DefaultLeaseDuration"/>.</param>
/// <param name="home">The deployment's home county, whose county lock is the year's; 昌吉市 by default.</param>
public sealed class BlobYearLocks(BlobContainerClient container, TimeProvider clock, TimeSpan? leaseDuration = null, HomeCounty? home = null) : IYearLocks
{
    private readonly HomeCounty homeCounty = home ?? HomeCounty.Changji;

    public static readonly TimeSpan DefaultLeaseDuration = TimeSpan.FromSeconds(30);

    public TimeSpan LeaseDuration { get; } = leaseDuration ?? DefaultLeaseDuration;

    /// <summary>How often a waiter asks again; recomputes take seconds, so a second is short enough.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    public Task<IAsyncDisposable> AcquireAsync(int? year, CancellationToken cancellationToken = default) =>
        HoldAsync(YearLockName.Of(year), cancellationToken);

    public Task<IAsyncDisposable> AcquireAsync(int? year, string county, CancellationToken cancellationToken = default) =>
        HoldAsync(YearLockName.Of(year, county, homeCounty), cancellationToken);

    /// <summary><c>locks/region</c>: no year, since a recompute from a year rewrites every later year's tables spanning counties and manifests too.</summary>
    public Task<IAsyncDisposable> AcquireRegionAsync(CancellationToken cancellationToken = default) =>
        HoldAsync(YearLockName.Region, cancellationToken);

    private async Task<IAsyncDisposable> HoldAsync(string name, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(name);
        await EnsureExistsAsync(blob, cancellationToken).ConfigureAwait(false);
        var lease = blob.GetBlobLeaseClient();
        while (true)
        {
            try
            {
                await lease.AcquireAsync(LeaseDuration, cancellationToken: cancellationToken).ConfigureAwait(false);
                return new HeldLease(lease, LeaseDuration / 3, clock);
            }
            catch (RequestFailedException error) when (error.Status == 409)
            {
                // Another instance holds the year (LeaseAlreadyPresent): wait for it.
                await Task.Delay(PollInterval, clock, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task EnsureExistsAsync(BlobClient blob, CancellationToken ct)
    {
        try
        {
            await blob.UploadAsync(BinaryData.Empty, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, ct).ConfigureAwait(false);
        }
        catch (RequestFailedException error) when (error.Status is 409 or 412)
        {
            // Created before (and perhaps leased now): the lease is what counts.
        }
    }
}
