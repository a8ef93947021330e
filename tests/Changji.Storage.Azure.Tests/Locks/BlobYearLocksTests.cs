using Changji.Pipeline.Counties;
using Changji.Storage.Azure.Locks;
using Changji.Testing.Azure;

namespace Changji.Storage.Azure.Tests.Locks;

[Collection(AzuriteCollection.Name)]
public sealed class BlobYearLocksTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AcquireAsync_YearHeld_OtherYearsFreeAndTheSameYearWaitsUntilReleased()
    {
        var locks = await LocksAsync(null);
        var first = await locks.AcquireAsync(2024);

        var second = locks.AcquireAsync(2024);
        await using (await locks.AcquireAsync(2025))
        {
            await using (await locks.AcquireAsync(null))
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                Assert.False(second.IsCompleted);
            }
        }

        await first.DisposeAsync();
        await (await second.WaitAsync(TimeSpan.FromSeconds(10))).DisposeAsync();
    }

    [Fact]
    public async Task AcquireAsync_HeldLongerThanTheLease_RenewedSoTheYearStaysTaken()
    {
        var locks = await LocksAsync(TimeSpan.FromSeconds(15));
        var first = await locks.AcquireAsync(2024);

        var second = locks.AcquireAsync(2024);
        await Task.Delay(TimeSpan.FromSeconds(20));

        Assert.False(second.IsCompleted);
        await first.DisposeAsync();
        await (await second.WaitAsync(TimeSpan.FromSeconds(10))).DisposeAsync();
    }

    [Fact]
    public async Task AcquireAsync_OtherCountyHeld_YearAndOtherCountiesFreeAndTheSameCountyWaits()
    {
        var locks = await LocksAsync(null);
        var first = await locks.AcquireAsync(2024, "652302");

        var second = locks.AcquireAsync(2024, "652302");
        await using (await locks.AcquireAsync(2024))
        {
            await using (await locks.AcquireAsync(2024, "652323"))
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                Assert.False(second.IsCompleted);
            }
        }

        await first.DisposeAsync();
        await (await second.WaitAsync(TimeSpan.FromSeconds(10))).DisposeAsync();
    }

    [Fact]
    public async Task AcquireAsync_HomeCountyByCode_HoldsTheYearsOwnLease()
    {
        var locks = await LocksAsync(null);
        var year = await locks.AcquireAsync(2024);

        var home = locks.AcquireAsync(2024, HomeCounty.Changji.Code);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.False(home.IsCompleted);
        await year.DisposeAsync();
        await (await home.WaitAsync(TimeSpan.FromSeconds(10))).DisposeAsync();
    }

    [Fact]
    public async Task AcquireRegionAsync_Held_NextHolderWaitsWhileYearsAndCountiesStayFree()
    {
        var locks = await LocksAsync(null);
        var first = await locks.AcquireRegionAsync();

        var second = locks.AcquireRegionAsync();
        await using (await locks.AcquireAsync(2024))
        {
            await using (await locks.AcquireAsync(2024, "652302"))
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                Assert.False(second.IsCompleted);
            }
        }

        await first.DisposeAsync();
        await (await second.WaitAsync(TimeSpan.FromSeconds(10))).DisposeAsync();
    }

    [Fact]
    public async Task AcquireAsync_CountyNotACode_Refused()
    {
        var locks = await LocksAsync(null);

        await Assert.ThrowsAsync<ArgumentException>(() => locks.AcquireAsync(2024, "../2024"));
    }

    private async Task<BlobYearLocks> LocksAsync(TimeSpan? lease)
    {
        var storage = await TestStorage.CreateAsync(azurite);
        return new BlobYearLocks(storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Locks), TimeProvider.System, lease, HomeCounty.Changji);
    }
}
