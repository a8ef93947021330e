using System.Text;
using System.Text.Json;
using Changji.Pipeline;
using Changji.Pipeline.Alerts;

namespace Changji.Storage.Local.Tests;

/// <summary>The outbox folder on the real file system: one file per message, written once, never half.</summary>
public sealed class OutboxFolderSenderTests : IDisposable
{
    private static readonly DateTime Now = new(2025, 10, 1, 8, 0, 0, DateTimeKind.Utc);
    private readonly TempFolder folder = new();

    private string Outbox => folder.Combine("outbox");

    [Fact]
    public async Task SendBatch_ManyMessages_EachItsMessageIdFileWithTheIndentedBodyAndNoTemporaryLeft()
    {
        var messages = Messages(1_000);

        await new OutboxFolderSender(Outbox).SendBatchAsync(messages);

        Assert.Equal(messages.Select(m => m.MessageId + ".json").Order(StringComparer.Ordinal),
            Directory.GetFiles(Outbox, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var message in messages)
        {
            // The body as the folder has always held it: indented, UTF-8 without a byte order mark.
            var expected = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message, PipelineJson.Indented));
            Assert.Equal(expected, await File.ReadAllBytesAsync(Path.Combine(Outbox, message.MessageId + ".json")));
        }
    }

    [Fact]
    public async Task SendBatch_FileAlreadyThere_NotRewritten()
    {
        var messages = Messages(3);
        Directory.CreateDirectory(Outbox);
        var existing = Path.Combine(Outbox, messages[1].MessageId + ".json");
        await File.WriteAllTextAsync(existing, "as a receiver left it");

        await new OutboxFolderSender(Outbox).SendBatchAsync(messages);

        Assert.Equal("as a receiver left it", await File.ReadAllTextAsync(existing));
        Assert.Equal(3, Directory.GetFiles(Outbox).Length);
    }

    [Fact]
    public async Task SendBatch_SameBatchAgain_WritesNothingTwice()
    {
        var messages = Messages(50);
        var sender = new OutboxFolderSender(Outbox);
        await sender.SendBatchAsync(messages);
        var past = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.GetFiles(Outbox))
        {
            File.SetLastWriteTimeUtc(file, past);
        }

        await sender.SendBatchAsync(messages);
        await sender.SendAsync(messages[0]);

        Assert.All(Directory.GetFiles(Outbox), f => Assert.Equal(past, File.GetLastWriteTimeUtc(f)));
        Assert.Equal(50, Directory.GetFiles(Outbox).Length);
    }

    private static List<AlertMessage> Messages(int count)
    {
        var fired = Enumerable.Range(0, count).Select(i => new FiredAlert
        {
            Rule = AlertRule.SchoolBelowFloor,
            Year = 2024,
            Subject = $"65230{i % 7}{i:D6}",
            SchoolCode = $"65230{i % 7}{i:D6}",
            IndicatorCode = "L2",
            MessageZh = $"2024学年 学校{i} 生师比低于最低值（≥ 12.5）",
            County = i % 3 == 0 ? null : "652302",
        }).ToList();
        return [.. AlertReconciler.Reconcile(2024, [AlertRule.SchoolBelowFloor], fired, [], Now).Messages];
    }

    public void Dispose() => folder.Dispose();
}
