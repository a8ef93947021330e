using System.Security.Cryptography;
using System.Text;
using Azure.Messaging.ServiceBus;
using Changji.Functions.Tests.Support;
using Changji.Pipeline;
using Changji.Pipeline.Alerts;
using Changji.Storage.Azure;
using Changji.Storage.Azure.Composition;
using Changji.Storage.Azure.Queues;
using Changji.Storage.Azure.ServiceBus;
using Changji.Testing.Azure;

namespace Changji.Functions.Tests.Triggers;

/// <summary>
/// An alert opened in Azure reaches a channel through the subscription: the app ingests sample files and a
/// poison message raises an operational alert, what it sends to the topic is delivered into the two
/// subscriptions as their SQL filters on <c>audience</c> would, and the <c>Notify</c> function delivers them to
/// real HTTP endpoints on loopback with the channels of its <c>NotifyChannels</c> setting.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class NotifyTests(AzuriteFixture azurite) : IDisposable
{
    private const string HookKey = "k3y-from-key-vault";
    private readonly LoopbackHttpServer server = new();
    private readonly Subscriptions subscriptions = new();

    [Fact]
    public async Task Notify_AlertsOpenedInAzure_EachReachesItsChannelOnceThroughItsSubscription()
    {
        var app = await AzureTestApp.CreateAsync(azurite, Settings(), subscriptions);
        foreach (var file in Samples.OfYear(2023))
        {
            await app.IngestAsync(file);
        }

        var poison = app.Storage.Clients.Queues.GetQueueClient(AzureStorageNames.PoisonQueueOf(app.Storage.Names.IngestQueue));
        await poison.CreateIfNotExistsAsync();
        await poison.SendMessageAsync(IngestRequest.Create("2025/坏文件.csv"));
        await app.ReconcileAsync();
        var sent = app.Sender.Sent.ToList();
        subscriptions.Publish(sent);

        await app.NotifyAsync();
        await app.NotifyAsync();

        var office = sent.Where(m => m.Audience != "operations").Select(m => m.MessageId).ToList();
        var operations = sent.Where(m => m.Audience == "operations").Select(m => m.MessageId).ToList();
        Assert.NotEmpty(office);
        Assert.Single(operations);
        Assert.Equal(office.Order(), Received("/office").Order());
        Assert.Equal(operations, Received("/ops"));
        Assert.Equal(office.Order(), subscriptions.Office.Completed.Order());
        Assert.Equal(operations, subscriptions.Operations.Completed);
        Assert.Equal(0, subscriptions.Office.Waiting + subscriptions.Operations.Waiting);
        Assert.All(server.Requests.Where(r => r.RawUrl == "/office"), r => Assert.Equal(
            "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(HookKey), Encoding.UTF8.GetBytes(r.Text))),
            r.Headers["X-Changji-Signature"]));
    }

    [Fact]
    public async Task Notify_NoChannelsSetting_ReceivesNothing()
    {
        var app = await AzureTestApp.CreateAsync(azurite, new Dictionary<string, string?>(), subscriptions);
        subscriptions.Office.Enqueue(AlertMessageMapper.ToServiceBusMessage(new AlertMessage
        {
            MessageId = "m1", AlertId = "a1", EventType = "opened", Rule = "school_below_floor", RuleNameZh = "学校指标低于最低值",
            Severity = "high", Year = 2023, Subject = "3652010019", MessageZh = "【预警】…", OccurredAtUtc = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc),
        }));

        await app.NotifyAsync();

        Assert.Equal(1, subscriptions.Office.Waiting);
        Assert.Empty(subscriptions.Office.Abandoned);
        Assert.Empty(server.Requests);
    }

    /// <summary>The app settings as infra sets them: the channels JSON, and the secret it names as an app setting (a Key Vault reference there).</summary>
    private Dictionary<string, string?> Settings() => new()
    {
        [AzureSettingNames.NotifyChannels] = $$"""
            { "channels": [
              { "name": "督导室", "type": "webhook", "url": "{{server.Url("office")}}", "secret": "env:CHANGJI_HOOK_KEY" },
              { "name": "运维", "type": "webhook", "url": "{{server.Url("ops")}}", "audience": "operations" }
            ] }
            """,
        ["CHANGJI_HOOK_KEY"] = HookKey,
    };

    private List<string> Received(string path) =>
        [.. server.Requests.Where(r => r.RawUrl == path).Select(r => PipelineJson.Deserialize<AlertMessage>(r.Text).MessageId)];

    public void Dispose() => server.Dispose();

    /// <summary>The topic's two subscriptions, each receiving what its filter on the <c>audience</c> property lets through.</summary>
    private sealed class Subscriptions : IAlertSubscriptions
    {
        public FakeSubscriptionReceiver Office { get; } = new();
        public FakeSubscriptionReceiver Operations { get; } = new();
        public IReadOnlyList<string> Names { get; } = [AlertSubscriptionNames.Office, AlertSubscriptionNames.Operations];

        public ServiceBusReceiver Open(string subscription) => subscription == AlertSubscriptionNames.Office ? Office : Operations;

        public void Publish(IEnumerable<AlertMessage> alerts)
        {
            foreach (var message in alerts.Select(AlertMessageMapper.ToServiceBusMessage))
            {
                (Equals(message.ApplicationProperties["audience"], "operations") ? Operations : Office).Enqueue(message);
            }
        }
    }
}
