namespace Changji.Storage.Local.Tests;

/// <summary>The input folder as the drop zone: what is listed, what is left out, and how an overwrite shows.</summary>
public sealed class LocalIncomingFolderTests : IDisposable
{
    private readonly TempFolder folder = new();

    private void Write(string relative, string content)
    {
        var path = folder.Combine(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    [Fact]
    public async Task ListAsync_NestedFiles_InPathOrder()
    {
        Write("2024/b.csv", "b");
        Write("2023/z.csv", "z");
        Write("2024/a.csv", "a");

        var entries = await new LocalIncomingFolder(folder.Path).ListAsync();

        Assert.Equal(["2023/z.csv", "2024/a.csv", "2024/b.csv"], entries.Select(e => e.Path));
    }

    [Fact]
    public async Task ListAsync_HiddenAndOfficeLockFiles_LeftOut()
    {
        Write("2024/学校基础数据.xlsx", "x");
        Write("2024/.hidden", "h");
        Write("2024/~$lock.xlsx", "l");

        var entries = await new LocalIncomingFolder(folder.Path).ListAsync();

        Assert.Equal(["2024/学校基础数据.xlsx"], entries.Select(e => e.Path));
    }

    [Fact]
    public async Task ListAsync_NoFolder_Empty() =>
        Assert.Empty(await new LocalIncomingFolder(folder.Combine("absent")).ListAsync());

    [Fact]
    public async Task GetAsync_MissingFile_ReturnsNull() =>
        Assert.Null(await new LocalIncomingFolder(folder.Path).GetAsync("2024/gone.csv"));

    [Fact]
    public async Task GetAsync_ExistingFile_ReturnsItsPathLengthAndBytes()
    {
        Write("2024/a.csv", "学年,学校标识码");

        var file = await new LocalIncomingFolder(folder.Path).GetAsync("2024/a.csv");

        Assert.NotNull(file);
        Assert.Equal("2024/a.csv", file.Path);
        var bytes = await file.ReadAllBytesAsync(CancellationToken.None);
        Assert.Equal(File.ReadAllBytes(folder.Combine("2024", "a.csv")), bytes);
        Assert.Equal(bytes.Length, file.Length);
    }

    [Fact]
    public async Task Version_FileRewrittenWithOtherBytes_Changes()
    {
        var incoming = new LocalIncomingFolder(folder.Path);
        Write("2024/a.csv", "first");
        var before = (await incoming.GetAsync("2024/a.csv"))!.Version;

        Write("2024/a.csv", "second, longer");
        File.SetLastWriteTimeUtc(folder.Combine("2024", "a.csv"), DateTime.UtcNow.AddMinutes(1));
        var after = (await incoming.GetAsync("2024/a.csv"))!.Version;

        Assert.NotEqual(before, after);
        Assert.Equal(after, Assert.Single(await incoming.ListAsync()).Version);
    }

    public void Dispose() => folder.Dispose();
}
