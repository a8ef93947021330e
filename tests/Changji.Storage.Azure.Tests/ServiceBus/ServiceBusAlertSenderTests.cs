using Azure.Messaging.ServiceBus;
using Changji.Pipeline.Alerts;
using Changji.Storage.Azure.ServiceBus;

namespace Changji.Storage.Azure.Tests.ServiceBus;

/// <summary>No Service Bus emulator runs here: batching is checked on the SDK's own batch type (ServiceBusModelFactory), with a size limit.</summary>
public sealed class ServiceBusAlertSenderTests
{
    private static AlertMessage Alert(int i) => new()
    {
        MessageId = $"m{i:D4}",
        AlertId = $"a{i}",
        EventType = "opened",
        Rule = AlertRule.SchoolBelowFloor.Code,
        RuleNameZh = AlertRule.SchoolBelowFloor.NameZh,
        Severity = "high",
        Year = 2024,
        Subject = "3652010001",
        MessageZh = "【预警】2024学年 某小学 L1 低于最低值",
        OccurredAtUtc = new DateTime(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc),
    };

    /// <summary>A topic sender whose batches hold at most <paramref name="perBatch"/> messages, recording what each send carried.</summary>
    private sealed class BatchingSender(int perBatch) : ServiceBusSender
    {
        private readonly List<ServiceBusMessage> adding = [];

        public List<List<string>> Batches { get; } = [];

        public override ValueTask<ServiceBusMessageBatch> CreateMessageBatchAsync(CancellationToken cancellationToken = default)
        {
            adding.Clear();
            return ValueTask.FromResult(ServiceBusModelFactory.ServiceBusMessageBatch(256 * 1024, adding, new CreateMessageBatchOptions(), _ => adding.Count < perBatch));
        }

        public override Task SendMessagesAsync(ServiceBusMessageBatch messageBatch, CancellationToken cancellationToken = default)
        {
            Batches.Add([.. adding.Select(m => m.MessageId)]);
            return Task.CompletedTask;
        }

        public override Task SendMessageAsync(ServiceBusMessage message, CancellationToken cancellationToken = default)
        {
            Batches.Add([message.MessageId]);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task SendBatch_MoreThanABatchHolds_SendsEveryMessageOnceInOrderInFullBatches()
    {
        var topic = new BatchingSender(perBatch: 3);

        await new ServiceBusAlertSender(topic).SendBatchAsync([.. Enumerable.Range(0, 7).Select(Alert)]);

        Assert.Equal([["m0000", "m0001", "m0002"], ["m0003", "m0004", "m0005"], ["m0006"]], topic.Batches);
    }

    [Fact]
    public async Task SendBatch_MessageNoBatchTakes_IsSentAloneSoTheBrokerNamesTheProblem()
    {
        var topic = new BatchingSender(perBatch: 0);

        await new ServiceBusAlertSender(topic).SendBatchAsync([Alert(1), Alert(2)]);

        Assert.Equal([["m0001"], ["m0002"]], topic.Batches);
    }
}
