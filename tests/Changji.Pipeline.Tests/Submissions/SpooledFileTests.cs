using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Tests.Submissions;

/// <summary>A received file is read from its source once; past the threshold it waits in a temporary file, never whole in memory.</summary>
public sealed class SpooledFileTests
{
    private static readonly byte[] Content = [.. Enumerable.Range(0, 200_000).Select(i => (byte)(i * 7 % 256))];

    /// <summary>A source that counts its opens, as a blob download would be counted.</summary>
    private static (IncomingFile File, Func<int> Opens) Source()
    {
        var opens = 0;
        var file = new IncomingFile("2024/a.csv", "v1", Content.Length, _ =>
        {
            opens++;
            return Task.FromResult<Stream>(new MemoryStream(Content, writable: false));
        });
        return (file, () => opens);
    }

    [Theory]
    [InlineData(0L, true)]
    [InlineData(100_000L, true)]
    [InlineData(200_000L, false)]
    public async Task CreateAsync_AnyThreshold_SameBytesAndHashSourceOpenedOnce(long threshold, bool onDisk)
    {
        var (source, opens) = Source();

        await using var spooled = await SpooledFile.CreateAsync(source, threshold, CancellationToken.None);

        Assert.Equal(onDisk, spooled.OnDisk);
        Assert.Equal(StableId.Sha256Hex(Content), spooled.Sha256);
        Assert.Equal(Content, await spooled.File.ReadAllBytesAsync(CancellationToken.None));
        Assert.Equal(Content, await spooled.File.ReadAllBytesAsync(CancellationToken.None));
        Assert.Equal((source.Path, source.Version, (long)Content.Length), (spooled.File.Path, spooled.File.Version, spooled.File.Length));
        Assert.Equal(1, opens());
    }

    [Fact]
    public async Task DisposeAsync_Spooled_DeletesTheTemporaryFile()
    {
        var before = Directory.GetFiles(Path.GetTempPath(), "changji-*.spool").ToHashSet();
        var spooled = await SpooledFile.CreateAsync(Source().File, 0, CancellationToken.None);
        var created = Directory.GetFiles(Path.GetTempPath(), "changji-*.spool").Except(before).ToList();

        await spooled.DisposeAsync();

        Assert.Single(created);
        Assert.False(File.Exists(created[0]));
    }
}
