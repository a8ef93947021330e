using Changji.Storage.Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.UseCases;
using Changji.Storage.Azure.Queues;
using Changji.Functions.Monitoring;
using Changji.Functions.Tests.Support;
using Changji.Testing.Azure;

namespace Changji.Functions.Tests.Triggers;

[Collection(AzuriteCollection.Name)]
public sealed class ReconcileTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Reconcile_PoisonMessage_AlertOpenedOnceThenResolved()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        var poison = app.Storage.Clients.Queues.GetQueueClient(AzureStorageNames.PoisonQueueOf(app.Storage.Names.IngestQueue));
        await poison.CreateIfNotExistsAsync();
        await poison.SendMessageAsync(IngestRequest.Create("2025/坏文件.csv"));

        await app.ReconcileAsync();
        await app.ReconcileAsync();

        var opened = Assert.Single(app.Sender.Sent);
        Assert.Equal((AlertRule.PoisonMessage.Code, "opened", poison.Name, 2025), (opened.Rule, opened.EventType, opened.Subject, opened.Year));
        Assert.Contains("1 条", opened.MessageZh, StringComparison.Ordinal);
        // The pipeline's own failure is the operators' business, not the supervision office's.
        Assert.Equal("operations", opened.Audience);
        Assert.Null(opened.ResponsibleUnits);

        await poison.ClearMessagesAsync();
        await app.ReconcileAsync();

        Assert.Equal(["opened", "resolved"], app.Sender.Sent.Select(m => m.EventType));
        Assert.Equal(AlertStatus.Resolved, Assert.Single(await app.Store.LoadAsync()).Status);
        Assert.Contains("fact_alert/year=2025/fact_alert.parquet", (await CuratedSnapshot.ETagsAsync(app.Curated)).Keys);
    }

    [Fact]
    public async Task Reconcile_PoisonQueues_EachDepthLoggedInTheFormTheAlertParses()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        var poison = app.Storage.Clients.Queues.GetQueueClient(AzureStorageNames.PoisonQueueOf(app.Storage.Names.IngestQueue));
        await poison.CreateIfNotExistsAsync();
        await poison.SendMessageAsync(IngestRequest.Create("2025/坏文件.csv"));
        await poison.SendMessageAsync(IngestRequest.Create("2025/另一个坏文件.csv"));
        var logger = new RecordingLogger<Changji.Functions.Triggers.Reconcile>();

        await app.ReconcileLoggingTo(logger).RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

        // The alert query (infra/modules/operations.bicep): parse message with "PoisonQueueDepth " Queue "=" Depth:long
        var depths = logger.Lines.Where(l => l.StartsWith(PoisonDepthLog.Prefix, StringComparison.Ordinal))
            .Select(l => l[PoisonDepthLog.Prefix.Length..].Split('='))
            .ToDictionary(p => p[0], p => long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new Dictionary<string, long>
        {
            [poison.Name] = 2,
            [AzureStorageNames.PoisonQueueOf(app.Storage.Names.RecomputeQueue)] = 0,
        }, depths);
    }

    [Fact]
    public async Task Reconcile_PoisonAlertOpenedByAnotherInstanceMeanwhile_DecidedAgainNotAppliedTwice()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        var poison = app.Storage.Clients.Queues.GetQueueClient(AzureStorageNames.PoisonQueueOf(app.Storage.Names.IngestQueue));
        await poison.CreateIfNotExistsAsync();
        await poison.SendMessageAsync(IngestRequest.Create("2025/坏文件.csv"));
        var earlier = app.Clock.Now.UtcDateTime.AddMinutes(-1);
        var depths = new[] { new PoisonQueueDepth(poison.Name, 1) };
        var ledger = new InterleavingAlertLedger(app.Get<IAlertLedger>(), other =>
            other.ApplyAsync(AlertReconciler.Reconcile(2025, OperationalAlertRules.Rules, OperationalAlertRules.Fire(2025, depths), [], earlier)));
        var reconcile = new Changji.Pipeline.UseCases.Reconcile(
            app.Get<IIncomingStore>(), app.Get<IReceivedIndex>(), app.Get<IWorkQueues>(), ledger, app.Get<RecomputeFanOut>(),
            app.Get<DrainOutbox>(), app.Get<SchoolCalendar>(), app.Get<AlertSettings>(), app.Get<IYearLocks>());

        var result = await reconcile.RunAsync();

        Assert.True(result.OperationalAlerts.IsEmpty); // the other instance's line already covers it
        var line = Assert.Single(await app.Store.LoadAsync(), a => a.Rule == AlertRule.PoisonMessage.Code);
        Assert.Equal(earlier, line.OpenedAtUtc);
        Assert.Single(app.Sender.Sent, m => m.Rule == AlertRule.PoisonMessage.Code);
    }

    [Fact]
    public async Task Reconcile_BlobWithoutEvent_EnqueuedAsBase64PathOnceThenIngested()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        var file = Samples.OfYear(2024)[0];
        await app.UploadAsync(file); // uploaded, but its event never arrived

        await app.ReconcileAsync();

        var raw = new QueueClient(azurite.ConnectionString, app.Storage.Names.IngestQueue); // no decoding: what is on the wire
        var wire = Assert.Single((await raw.PeekMessagesAsync(10)).Value).Body.ToString();
        Assert.Equal(IngestRequest.Create(file.Path), System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(wire)));

        var queue = app.Storage.Clients.Queues.GetQueueClient(app.Storage.Names.IngestQueue);
        var message = Assert.Single((await queue.ReceiveMessagesAsync(10)).Value);
        await app.IngestFile.RunAsync(message.Body.ToString(), CancellationToken.None);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
        await app.ReconcileAsync();

        Assert.Equal(file.Path, Assert.Single(await app.Store.ListAsync()).Path);
        Assert.Empty((await queue.PeekMessagesAsync(10)).Value);
    }

    [Fact]
    public async Task IngestAndReconcile_DirectoryBlobInIncoming_NeitherIngestedNorEnqueuedNorAlerted()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        var folder = app.Incoming.GetBlobClient("2024/补报");
        await folder.UploadAsync(BinaryData.Empty, new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["hdi_isfolder"] = "true" } });

        await app.IngestFile.RunAsync(EventGridEvents.BlobCreated(folder.BlobContainerName, folder.Name, folder.Uri), CancellationToken.None);
        await app.ReconcileAsync();

        Assert.Empty(await app.Store.ListAsync());
        Assert.Empty((await app.Storage.Clients.Queues.GetQueueClient(app.Storage.Names.IngestQueue).PeekMessagesAsync(10)).Value);
        Assert.DoesNotContain(app.Sender.Sent, m => m.Subject.Contains("补报", StringComparison.Ordinal));
        Assert.DoesNotContain(await app.Store.LoadAsync(), a => a.Subject.Contains("补报", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reconcile_DeadlinePassed_MissingSubmissionAlertsRaised()
    {
        var clock = new FixedClock(new DateTimeOffset(2025, 9, 15, 2, 0, 0, TimeSpan.Zero));
        var app = await AzureTestApp.CreateAsync(azurite, clock);
        var statistics = Samples.OfYear(2025).Single(f => f.Path.Contains("学校基础数据-2025", StringComparison.Ordinal));
        await app.IngestAsync(statistics);
        Assert.DoesNotContain(await app.Store.LoadAsync(), a => a.Rule == AlertRule.SubmissionMissing.Code);

        clock.Now = new DateTimeOffset(2026, 1, 5, 2, 0, 0, TimeSpan.Zero);
        await app.ReconcileAsync();

        var missing = (await app.Store.LoadAsync()).Where(a => a.Rule == AlertRule.SubmissionMissing.Code).Select(a => a.Subject).Order();
        Assert.Equal(["county", "funding"], missing);
        Assert.Contains(app.Sender.Sent, m => m.Rule == AlertRule.SubmissionMissing.Code && m.Subject == "funding");
    }
}
