using Azure.Storage.Blobs.Models;
using Changji.Storage.Azure.Backups;
using Changji.Storage.Azure.Blobs;

namespace Changji.Storage.Azure.Tests.Backups;

/// <summary>How a replay from raw/ orders and reads the archived blobs.</summary>
public sealed class RawFileTests
{
    private static readonly DateTimeOffset First = new(2025, 10, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_ReceiptSequenceAndPath_ReadFromMetadata()
    {
        var blob = BlobsModelFactory.BlobItem(
            name: "abc.xlsx",
            properties: BlobsModelFactory.BlobItemProperties(accessTierInferred: false, createdOn: First.AddDays(9)),
            metadata: new Dictionary<string, string> { [RawReceipt.OriginalPath] = Uri.EscapeDataString("2025/学校 #1.xlsx"), [RawReceipt.Sequence] = RawReceipt.SequenceOf(First) });

        Assert.Equal(new RawFile("abc.xlsx", "2025/学校 #1.xlsx", First), RawFile.Of(blob));
    }

    [Fact]
    public void Of_ArchivedBeforeThereWasASequence_CreationTimeIsTheReceipt()
    {
        var blob = BlobsModelFactory.BlobItem(
            name: "old.csv",
            properties: BlobsModelFactory.BlobItemProperties(accessTierInferred: false, createdOn: First),
            metadata: new Dictionary<string, string> { [RawReceipt.OriginalPath] = "2024%2Fa.csv" });

        Assert.Equal(new RawFile("old.csv", "2024/a.csv", First), RawFile.Of(blob));
    }

    [Fact]
    public void InReceiptOrder_ByInstant_NameOnlyBreaksATie()
    {
        var files = new[]
        {
            new RawFile("b", "2025/b.csv", First.AddTicks(1)),
            new RawFile("z", "2025/z.csv", First),
            new RawFile("a", "2025/a.csv", First.AddTicks(1)),
        };

        Assert.Equal(["z", "a", "b"], RawFile.InReceiptOrder(files).Select(f => f.Name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("abcdefghijklmnopqrs")]
    [InlineData("9999999999999999999")]
    public void InstantOf_NotASequence_Null(string? text) => Assert.Null(RawReceipt.InstantOf(text));
}
