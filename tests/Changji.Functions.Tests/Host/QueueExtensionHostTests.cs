using System.Text;
using Azure.Storage.Queues;
using Changji.Functions.Tests.Support;
using Changji.Storage.Azure;
using Changji.Storage.Azure.Queues;
using Changji.Testing.Azure;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Changji.Functions.Tests.Host;

/// <summary>
/// The queue extension the Functions host uses (Microsoft.Azure.WebJobs.Extensions.Storage.Queues),
/// configured from the repository's own host.json, delivering real Azurite queue messages to the same
/// function classes: what the tests that call the functions directly cannot show (the host's decoding,
/// retries and poison queue). Only the visibility timeout and polling interval are shortened.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class QueueExtensionHostTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task QueueHost_EventsPlainAndBase64_BothIngested()
    {
        using var app = await AzureTestApp.CreateAsync(azurite);
        using var host = await StartAsync(app);
        var files = Samples.OfYear(2024);
        var plain = await app.UploadAsync(files[0]);
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(await app.UploadAsync(files[1])));

        var ingest = RawQueue(app.Storage.Names.IngestQueue);
        await ingest.SendMessageAsync(plain);
        await ingest.SendMessageAsync(base64);

        await Until(async () => (await app.Store.ListAsync()).Count == 2);
        Assert.Equal([files[0].Path, files[1].Path], (await app.Store.ListAsync()).Select(s => s.Path).Order(StringComparer.Ordinal));
        Assert.False(await RawQueue(AzureStorageNames.PoisonQueueOf(app.Storage.Names.IngestQueue)).ExistsAsync());
        await host.StopAsync();
    }

    [Fact]
    public async Task QueueHost_RecomputePlainAndBase64_BothProcessed()
    {
        using var app = await AzureTestApp.CreateAsync(azurite);
        var recomputed = new Invocations();
        using var host = await StartAsync(app, recomputed);
        var recompute = RawQueue(app.Storage.Names.RecomputeQueue);

        await recompute.SendMessageAsync(RecomputeRequest.Create(2024));
        await recompute.SendMessageAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(RecomputeRequest.Create(2024))));

        await Until(() => Task.FromResult(recomputed.Succeeded == 2));
        Assert.Equal(0, recomputed.Failed);
        await host.StopAsync();
    }

    [Fact]
    public async Task QueueHost_MessageThatAlwaysFails_PoisonQueueAfterMaxDequeueCount()
    {
        using var app = await AzureTestApp.CreateAsync(azurite);
        var ingested = new Invocations();
        using var host = await StartAsync(app, ingested: ingested);

        await RawQueue(app.Storage.Names.IngestQueue).SendMessageAsync("""{"neither":"path nor event"}""");

        var poison = RawQueue(AzureStorageNames.PoisonQueueOf(app.Storage.Names.IngestQueue));
        await Until(async () => await poison.ExistsAsync() && (await poison.PeekMessagesAsync(10)).Value.Length == 1);
        Assert.Equal(MaxDequeueCountOfHostJson(), ingested.Failed);
        Assert.Equal("""{"neither":"path nor event"}""", (await poison.PeekMessageAsync()).Value.Body.ToString());
        Assert.Empty(await app.Store.ListAsync());
        await host.StopAsync();
    }

    /// <summary>A queue client that sends the text as given (no Base64), like Event Grid or <c>az storage message put</c>.</summary>
    private QueueClient RawQueue(string name) => new(azurite.ConnectionString, name);

    private static int MaxDequeueCountOfHostJson() =>
        HostJson().GetValue<int>("AzureWebJobs:extensions:queues:maxDequeueCount");

    /// <summary>The repository's host.json as the WebJobs SDK reads extension options: under <c>AzureWebJobs</c>.</summary>
    private static IConfiguration HostJson()
    {
        var json = File.ReadAllText(Path.Combine(RepoRoot.Path, "host.json"));
        return new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes($"{{\"AzureWebJobs\":{json}}}"))).Build();
    }

    private async Task<IHost> StartAsync(AzureTestApp app, Invocations? recomputed = null, Invocations? ingested = null)
    {
        Assert.Equal("none", HostJson()["AzureWebJobs:extensions:queues:messageEncoding"]);
        var host = new HostBuilder()
            .ConfigureAppConfiguration(c => c
                .AddConfiguration(HostJson())
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Storage"] = azurite.ConnectionString,
                    ["AzureWebJobsStorage"] = azurite.ConnectionString,
                    ["IngestQueue"] = app.Storage.Names.IngestQueue,
                    ["RecomputeQueue"] = app.Storage.Names.RecomputeQueue,
                    // Faster retries than host.json's 30 s; everything else as deployed.
                    ["AzureWebJobs:extensions:queues:visibilityTimeout"] = "00:00:00",
                    ["AzureWebJobs:extensions:queues:maxPollingInterval"] = "00:00:00.200",
                }))
            .ConfigureWebJobs(b => b.AddAzureStorageQueues())
            .ConfigureServices(s => s
                .AddSingleton(app.IngestFile)
                .AddSingleton(app.RecomputeYear)
                .AddSingleton(new InvocationLog(recomputed ?? new Invocations(), ingested ?? new Invocations()))
                .AddSingleton<ITypeLocator>(new OnlyTypes(typeof(HostedFunctions))))
            .Build();
        await host.StartAsync();
        return host;
    }

    private static async Task Until(Func<Task<bool>> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Patience, "The queue host did not get there in time.");
            await Task.Delay(200);
        }
    }

    public sealed class Invocations
    {
        private int succeeded;
        private int failed;

        public int Succeeded => Volatile.Read(ref succeeded);
        public int Failed => Volatile.Read(ref failed);

        public async Task RunAsync(Func<Task> call)
        {
            try
            {
                await call();
                Interlocked.Increment(ref succeeded);
            }
            catch
            {
                Interlocked.Increment(ref failed);
                throw;
            }
        }
    }

    public sealed record InvocationLog(Invocations Recomputed, Invocations Ingested);

    /// <summary>The two queue functions as the Functions host binds them, delegating to the app's function classes.</summary>
    public sealed class HostedFunctions(Changji.Functions.Triggers.IngestFile ingest, Changji.Functions.Triggers.RecomputeYear recompute, InvocationLog log)
    {
        [FunctionName("IngestFile")]
        public Task IngestAsync([QueueTrigger("%IngestQueue%", Connection = "Storage")] string message, CancellationToken cancellationToken) =>
            log.Ingested.RunAsync(() => ingest.RunAsync(message, cancellationToken));

        [FunctionName("RecomputeYear")]
        public Task RecomputeAsync([QueueTrigger("%RecomputeQueue%", Connection = "Storage")] string message, CancellationToken cancellationToken) =>
            log.Recomputed.RunAsync(() => recompute.RunAsync(message, cancellationToken));
    }

    private sealed class OnlyTypes(params Type[] types) : ITypeLocator
    {
        public IReadOnlyList<Type> GetTypes() => types;
    }
}
