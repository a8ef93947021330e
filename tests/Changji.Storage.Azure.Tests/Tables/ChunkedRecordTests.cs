using Changji.Ingestion;
using Changji.Storage.Azure.Tables;
using Changji.Testing.Azure;
using static Changji.Storage.Azure.Tests.Tables.ConcurrencyTests;

namespace Changji.Storage.Azure.Tests.Tables;

/// <summary>
/// A large file's rows arrive in chunks (ISubmissionLedger.RecordAsync with chunks): stored as the same rows given
/// at once would be, a partition shared by two chunks included, replacements reported, the registry written once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ChunkedRecordTests(AzuriteFixture azurite)
{
    private const string Other = "652302";

    [Fact]
    public async Task RecordAsync_RowsInChunks_SameFactsRegistryAndReplacementsAsAtOnce()
    {
        var rows = Enumerable.Range(0, 250)
            .Select(i => Statistics($"36520100{i:D2}", 2024, $"学校{i}") with { CountyCode = i % 3 == 0 ? Other : null })
            .ToArray();
        var (atOnce, chunked) = (await CreateAsync(), await CreateAsync());
        await atOnce.RecordAsync(Submission("a", 2024), File(rows[..10]));
        await chunked.RecordAsync(Submission("a", 2024), File(rows[..10]));
        var chunks = rows.Chunk(40).Select(c => new RowChunk(c, [], [])).ToList();
        var summary = File(rows) with { Statistics = [], RowsHeld = false, RowsAccepted = rows.Length };

        var expected = await atOnce.RecordAsync(Submission("b", 2024), File(rows));
        var replaced = await chunked.RecordAsync(Submission("b", 2024), summary, chunks);

        Assert.Equal(expected, replaced);
        Assert.Equal(10, replaced.Count);
        Assert.Equal(
            (await atOnce.LoadYearAsync(2024)).Schools.Select(s => (s.SchoolCode, s.SchoolName, s.CountyCode)),
            (await chunked.LoadYearAsync(2024)).Schools.Select(s => (s.SchoolCode, s.SchoolName, s.CountyCode)));
        Assert.Equal(250, (await chunked.RegisteredSchoolsAsync()).Count);
        Assert.Equal(await atOnce.RegisteredSchoolsAsync(), await chunked.RegisteredSchoolsAsync());
    }

    [Fact]
    public async Task RecordAsync_RejectedFile_ChunksNotRead()
    {
        var store = await CreateAsync();
        var rejected = File(Statistics("3652010001", 2024, "甲")) with { Rejected = true, Statistics = [] };

        await store.RecordAsync(Submission("c", 2024), rejected, Throwing());

        Assert.Empty((await store.LoadYearAsync(2024)).Schools);
        Assert.Single(await store.ListAsync());
    }

    private static IEnumerable<RowChunk> Throwing()
    {
        yield return new RowChunk([], [], []);
        throw new InvalidOperationException("A rejected file's rows must not be read.");
    }

    private async Task<AzureTableInformationStore> CreateAsync()
    {
        var storage = await TestStorage.CreateAsync(azurite);
        return new AzureTableInformationStore(storage.Clients.Tables, storage.Names, TestResilience.Instance);
    }
}
