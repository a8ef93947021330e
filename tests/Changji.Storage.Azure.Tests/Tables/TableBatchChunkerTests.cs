using Azure.Data.Tables;
using Changji.Storage.Azure.Tables;

namespace Changji.Storage.Azure.Tests.Tables;

/// <summary>Azurite accepts what Azure rejects (mixed partitions, 101 entities), so the chunker is proven here on its own.</summary>
public sealed class TableBatchChunkerTests
{
    private static TableTransactionAction Upsert(string pk, int i, int payloadChars = 10) =>
        new(TableTransactionActionType.UpsertReplace, new TableEntity(pk, i.ToString("D5")) { ["Payload"] = new string('x', payloadChars) });

    [Fact]
    public void Chunk_MixedPartitions_OnePartitionPerChunkInFirstSeenOrder()
    {
        var actions = new[] { Upsert("2024", 1), Upsert("2023", 2), Upsert("2024", 3), Upsert("2025", 4), Upsert("2023", 5) };

        var chunks = TableBatchChunker.Chunk(actions);

        Assert.Equal(["2024", "2023", "2025"], chunks.Select(c => c[0].Entity.PartitionKey));
        Assert.All(chunks, c => Assert.Single(c.Select(a => a.Entity.PartitionKey).Distinct()));
        Assert.Equal(["00001", "00003"], chunks[0].Select(a => a.Entity.RowKey));
        Assert.Equal(["00002", "00005"], chunks[1].Select(a => a.Entity.RowKey));
    }

    [Fact]
    public void Chunk_250EntitiesOnePartition_100And100And50InOrder()
    {
        var actions = Enumerable.Range(0, 250).Select(i => Upsert("p", i)).ToList();

        var chunks = TableBatchChunker.Chunk(actions);

        Assert.Equal([100, 100, 50], chunks.Select(c => c.Count));
        Assert.Equal(actions.Select(a => a.Entity.RowKey), chunks.SelectMany(c => c).Select(a => a.Entity.RowKey));
    }

    [Fact]
    public void Chunk_Exactly100_OneChunk()
    {
        var chunks = TableBatchChunker.Chunk(Enumerable.Range(0, 100).Select(i => Upsert("p", i)));

        Assert.Equal(100, Assert.Single(chunks).Count);
    }

    [Fact]
    public void Chunk_LargeEntities_EachChunkWithin4MiB()
    {
        // 30 000 characters estimate at 6 bytes each (worst-case JSON escapes): ~180 KB per entity.
        var actions = Enumerable.Range(0, 60).Select(i => Upsert("p", i, 30_000)).ToList();

        var chunks = TableBatchChunker.Chunk(actions);

        Assert.True(chunks.Count > 1, "60 entities of ~180 KB cannot go in one 4 MiB batch");
        Assert.All(chunks, c => Assert.True(c.Sum(a => EntitySize.Estimate(a.Entity)) <= TableBatchChunker.MaxBytes));
        Assert.All(chunks, c => Assert.True(c.Count < 100));
        Assert.Equal(60, chunks.Sum(c => c.Count));
    }

    [Fact]
    public void Chunk_ByteLimitHitBeforeCountLimit_SplitsAtTheLimit()
    {
        var one = EntitySize.Estimate(Upsert("p", 0, 1000).Entity);

        var chunks = TableBatchChunker.Chunk(Enumerable.Range(0, 10).Select(i => Upsert("p", i, 1000)), maxBytes: (one * 4) + 1);

        Assert.Equal([4, 4, 2], chunks.Select(c => c.Count));
    }

    [Fact]
    public void Chunk_EntityLargerThanABatch_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => TableBatchChunker.Chunk([Upsert("p", 0, 1000)], maxBytes: 1000));
    }

    [Fact]
    public void Chunk_Nothing_NoChunks()
    {
        Assert.Empty(TableBatchChunker.Chunk([]));
    }
}
