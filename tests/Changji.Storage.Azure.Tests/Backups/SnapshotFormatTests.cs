using System.Text;
using Azure.Data.Tables;
using Changji.Storage.Azure.Backups;

namespace Changji.Storage.Azure.Tests.Backups;

/// <summary>The snapshot format on its own: every EDM type comes back as the same type and value, and a snapshot that is not whole or not known is refused.</summary>
public sealed class SnapshotFormatTests
{
    private static readonly DateTimeOffset TakenAt = new(2026, 11, 29, 19, 0, 0, TimeSpan.Zero);

    /// <summary>One property of every EDM type Azure Tables stores, with values at their edges.</summary>
    public static TableEntity EveryType(string rowKey = "r1") => new("p|1", rowKey)
    {
        ["Text"] = "学校 \"quoted\" \n newline, emoji 😀",
        ["Empty"] = "",
        ["Int32"] = int.MinValue,
        ["Int64"] = long.MaxValue,
        ["Double"] = 0.1 + 0.2,
        ["WholeDouble"] = 2.0,
        ["Tiny"] = double.Epsilon,
        ["True"] = true,
        ["False"] = false,
        ["When"] = new DateTimeOffset(2025, 11, 1, 9, 30, 15, TimeSpan.FromHours(8)).AddTicks(1234567),
        ["Id"] = Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"),
        ["Bytes"] = new byte[] { 0, 1, 2, 254, 255 },
    };

    [Fact]
    public async Task RoundTrip_EveryEdmType_SameTypesAndValues()
    {
        var header = SnapshotHeader.Now(TakenAt, ["facts", "alerts"]);
        var written = new SnapshotEntity("facts", EveryType());
        using var stream = new MemoryStream();

        var summary = await SnapshotWriter.WriteAsync(stream, header, Async(written, new SnapshotEntity("alerts", new TableEntity("ledger", "alert|x"))));
        stream.Position = 0;
        var read = new List<SnapshotEntity>();
        var back = await SnapshotReader.ReadAsync(stream, e => { read.Add(e); return Task.CompletedTask; });

        Assert.Equal(header.Tables, back.Header.Tables);
        Assert.Equal((SnapshotHeader.FormatName, SnapshotHeader.CurrentVersion, TakenAt), (back.Header.Format, back.Header.Version, back.Header.CreatedUtc));
        Assert.Equal(summary.Counts, back.Counts);
        Assert.Equal(2, read.Count);
        var entity = read[0].Entity;
        Assert.Equal(("facts", "p|1", "r1"), (read[0].Table, entity.PartitionKey, entity.RowKey));
        AssertSameProperties(written.Entity, entity);
    }

    [Fact]
    public async Task Header_FirstLine_NamesFormatVersionAndTables()
    {
        using var stream = new MemoryStream();

        await SnapshotWriter.WriteAsync(stream, SnapshotHeader.Now(TakenAt, ["schools"]), Async());
        var first = Encoding.UTF8.GetString(stream.ToArray()).Split('\n')[0];

        Assert.Equal("""{"format":"changji-tables","version":1,"createdUtc":"2026-11-29T19:00:00+00:00","tables":["schools"]}""", first);
    }

    [Fact]
    public async Task Read_CutShort_IsRefused()
    {
        var bytes = await WrittenAsync(new SnapshotEntity("facts", EveryType()));
        var cut = Encoding.UTF8.GetString(bytes).Split('\n')[..2];

        await Assert.ThrowsAsync<SnapshotFormatException>(() => ReadAsync(string.Join('\n', cut) + "\n"));
    }

    [Fact]
    public async Task Read_ClosingCountDiffers_IsRefused()
    {
        var lines = Encoding.UTF8.GetString(await WrittenAsync(new SnapshotEntity("facts", EveryType()))).Split('\n');

        var dropped = string.Join('\n', lines.Where((_, i) => i != 1));

        await Assert.ThrowsAsync<SnapshotFormatException>(() => ReadAsync(dropped));
    }

    [Theory]
    [InlineData("""{"format":"changji-tables","version":2,"createdUtc":"2026-11-29T19:00:00+00:00","tables":[]}""")]
    [InlineData("""{"format":"something-else","version":1,"createdUtc":"2026-11-29T19:00:00+00:00","tables":[]}""")]
    [InlineData("not json")]
    [InlineData("")]
    public async Task Read_UnknownHeader_IsRefused(string header) =>
        await Assert.ThrowsAsync<SnapshotFormatException>(() => ReadAsync(header + "\n{\"end\":{}}\n"));

    [Theory]
    [InlineData("""{"table":"facts","pk":"p"}""")]
    [InlineData("""{"table":"facts","pk":"p","rk":"r","properties":{"N":["Edm.Int64","not a number"]}}""")]
    [InlineData("""{"table":"facts","pk":"p","rk":"r","properties":{"N":["Edm.Decimal","1"]}}""")]
    [InlineData("""{"table":"facts","pk":"p","rk":"r","properties":{"N":"1"}}""")]
    public async Task Read_DamagedEntityLine_IsRefused(string line)
    {
        var header = Encoding.UTF8.GetString(await WrittenAsync()).Split('\n')[0];

        await Assert.ThrowsAsync<SnapshotFormatException>(() => ReadAsync(header + "\n" + line + "\n{\"end\":{\"facts\":1}}\n"));
    }

    [Fact]
    public void Name_TakenAtNightUtc_FolderIsTheBeijingDate()
    {
        Assert.Equal("2026-11-30/tables-20261129T190000000Z.jsonl.gz", SnapshotName.For(TakenAt));
        Assert.True(SnapshotName.IsSnapshot(SnapshotName.For(TakenAt)));
        Assert.False(SnapshotName.IsSnapshot("2026-11-30/notes.txt"));
    }

    internal static void AssertSameProperties(TableEntity expected, TableEntity actual)
    {
        var data = expected.Keys.Where(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(data, actual.Keys.Where(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")).Order(StringComparer.Ordinal));
        foreach (var key in data)
        {
            var (want, got) = (Normal(expected[key]), Normal(actual[key]));
            Assert.True(want.GetType() == got.GetType(), $"{key}: {want.GetType()} written, {got.GetType()} read");
            Assert.True(want is byte[] w ? w.SequenceEqual((byte[])got) : want.Equals(got), $"{key}: {want} written, {got} read");
        }
    }

    /// <summary>Instants compare as UTC instants; the SDK hands binary back as <see cref="BinaryData"/> or bytes.</summary>
    private static object Normal(object value) => value switch
    {
        DateTimeOffset t => t.ToUniversalTime(),
        BinaryData b => b.ToArray(),
        _ => value,
    };

    private static async Task<byte[]> WrittenAsync(params SnapshotEntity[] entities)
    {
        using var stream = new MemoryStream();
        await SnapshotWriter.WriteAsync(stream, SnapshotHeader.Now(TakenAt, ["facts"]), Async(entities));
        return stream.ToArray();
    }

    private static async Task<SnapshotSummary> ReadAsync(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return await SnapshotReader.ReadAsync(stream, null);
    }

    private static IAsyncEnumerable<SnapshotEntity> Async(params SnapshotEntity[] entities) => entities.ToAsyncEnumerable();
}
