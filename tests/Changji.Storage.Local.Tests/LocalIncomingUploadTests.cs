using Changji.Pipeline.Submissions;

namespace Changji.Storage.Local.Tests;

/// <summary>An upload into the local drop zone: a plain file there, its uploader in a hidden note that only its own version carries.</summary>
public sealed class LocalIncomingUploadTests : IDisposable
{
    private static readonly Uploader Steward = new("王五", "host\\wangwu");
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Write_ThenGet_FileCarriesItsUploader()
    {
        var incoming = new LocalIncomingFolder(folder.Path);

        await incoming.WriteAsync("2025/学校基础数据.csv", [1, 2, 3], Steward);
        var file = await incoming.GetAsync("2025/学校基础数据.csv");

        Assert.Equal(Steward, file!.UploadedBy);
        Assert.Equal(new byte[] { 1, 2, 3 }, await file.ReadAllBytesAsync(CancellationToken.None));
        Assert.Equal(["2025/学校基础数据.csv"], (await incoming.ListAsync()).Select(e => e.Path)); // the note is hidden
    }

    [Fact]
    public async Task Get_CopiedOverTheUpload_NoUploader()
    {
        var incoming = new LocalIncomingFolder(folder.Path);
        await incoming.WriteAsync("2025/a.csv", [1, 2, 3], Steward);

        await File.WriteAllBytesAsync(folder.Combine("2025", "a.csv"), [9, 9, 9, 9]);

        Assert.Null((await incoming.GetAsync("2025/a.csv"))!.UploadedBy);
    }

    [Fact]
    public async Task Write_OutsideTheDropZone_Refused()
    {
        var incoming = new LocalIncomingFolder(folder.Combine("incoming"));

        await Assert.ThrowsAsync<ArgumentException>(() => incoming.WriteAsync("../escape.csv", [1], Steward));
        Assert.False(File.Exists(folder.Combine("escape.csv")));
    }

    public void Dispose() => folder.Dispose();
}
