using Changji.Storage.Azure.Locks;
using Changji.Testing.Azure;

namespace Changji.Storage.Azure.Tests.Locks;

[Collection(AzuriteCollection.Name)]
public sealed class BlobRegionMarksTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ClearAsync_UnchangedSinceRead_YearNoLongerDue()
    {
        var marks = await MarksAsync();
        await marks.MarkAsync(2025);
        await marks.MarkAsync(2024);
        Assert.Equal([2024, 2025], await marks.DueAsync());

        Assert.True(await marks.ClearAsync(2024, (await marks.ReadAsync(2024))!));

        Assert.Null(await marks.ReadAsync(2024));
        Assert.Equal([2025], await marks.DueAsync());
    }

    [Fact]
    public async Task ClearAsync_MarkedAgainSinceRead_StaysDue()
    {
        var marks = await MarksAsync();
        await marks.MarkAsync(2024);
        var read = (await marks.ReadAsync(2024))!;

        // A county that published after the step read the mark marks the year again, even though it was marked.
        await marks.MarkAsync(2024);

        Assert.False(await marks.ClearAsync(2024, read));
        Assert.NotEqual(read, await marks.ReadAsync(2024));
        Assert.Equal([2024], await marks.DueAsync());
    }

    private async Task<BlobRegionMarks> MarksAsync()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        return new BlobRegionMarks(storage.Clients.Blobs.GetBlobContainerClient(storage.Names.Locks));
    }
}
