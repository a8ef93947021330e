using Azure.Data.Tables;
using Changji.Storage.Azure.Tables;

namespace Changji.Storage.Azure.Tests.Tables;

public sealed class PayloadColumnsTests
{
    [Fact]
    public void Split_ShortPayload_OneProperty()
    {
        var entity = new TableEntity("p", "r");

        PayloadColumns.Write(entity, "{\"a\":1}");

        Assert.Equal("{\"a\":1}", entity.GetString("Payload"));
        Assert.False(entity.ContainsKey("Payload1"));
        Assert.Equal("{\"a\":1}", PayloadColumns.Read(entity));
    }

    [Fact]
    public void Split_LongChinesePayload_PartsWithinLimitAndRoundTrip()
    {
        var json = string.Concat(Enumerable.Repeat("昌吉市义务教育优质均衡", 10_000));

        var parts = PayloadColumns.Split(json);

        Assert.Equal(4, parts.Count);
        Assert.All(parts, p => Assert.True(p.Length <= PayloadColumns.MaxCharsPerProperty));
        Assert.Equal(json, string.Concat(parts));
    }

    [Fact]
    public void Split_SurrogatePairAtBoundary_NotCutInHalf()
    {
        // 𠀀 (U+20000) is two UTF-16 units; place one across the 32 K boundary.
        var json = new string('a', PayloadColumns.MaxCharsPerProperty - 1) + "𠀀" + "tail";

        var parts = PayloadColumns.Split(json);

        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.True(char.IsHighSurrogate(parts[1][0]));
        Assert.Equal(json, string.Concat(parts));
    }
}
