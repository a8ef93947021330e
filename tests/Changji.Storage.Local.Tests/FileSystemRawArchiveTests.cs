using System.Text;
using Changji.Pipeline;
using Changji.Pipeline.Submissions;

namespace Changji.Storage.Local.Tests;

/// <summary><c>raw/</c>: each file kept byte for byte under its hash, and never written twice.</summary>
public sealed class FileSystemRawArchiveTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task StoreAsync_File_StoredByteForByteUnderItsHash()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("学年,学校标识码\r\n2024,3652010001\r\n")).ToArray();
        var sha = StableId.Sha256Hex(bytes);

        await new FileSystemRawArchive(folder.Path).StoreAsync(sha, IncomingFile.FromBytes("2024/学校基础数据.CSV", bytes));

        Assert.Equal(bytes, File.ReadAllBytes(folder.Combine(sha + ".csv")));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task StoreAsync_AlreadyArchived_LeftUntouched()
    {
        var archive = new FileSystemRawArchive(folder.Path);
        var bytes = Encoding.UTF8.GetBytes("original");
        var sha = StableId.Sha256Hex(bytes);
        await archive.StoreAsync(sha, IncomingFile.FromBytes("2024/a.csv", bytes));
        var path = folder.Combine(sha + ".csv");
        var written = File.GetLastWriteTimeUtc(path);

        await archive.StoreAsync(sha, IncomingFile.FromBytes("2024/a.csv", Encoding.UTF8.GetBytes("other bytes under the same name")));

        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    public void Dispose() => folder.Dispose();
}
