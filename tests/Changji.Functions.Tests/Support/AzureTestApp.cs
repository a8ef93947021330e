using Changji.Testing.Azure;
using Azure.Storage.Blobs;
using Changji.Functions.Triggers;
using Changji.Notifications.Composition;
using Changji.Pipeline.Composition;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Submissions;
using Changji.Storage.Azure.Composition;
using Changji.Storage.Azure.ServiceBus;
using Changji.Storage.Azure.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReceiveFile = Changji.Pipeline.UseCases.ReceiveFile;
using RunPipeline = Changji.Pipeline.UseCases.RunPipeline;

namespace Changji.Functions.Tests.Support;

/// <summary>
/// The Functions app's composition root (<c>AddChangjiPipeline</c> + <c>AddAzureStorage</c>) over a
/// real Azurite, its names prefixed for this test, with a recording alert sender in place of Service
/// Bus; the function classes are resolved from it as the host would.
/// </summary>
public sealed class AzureTestApp : IDisposable
{
    private readonly ServiceProvider services;

    private AzureTestApp(
        TestStorage storage, FixedClock clock, RecordingSender sender, string connectionString,
        IReadOnlyDictionary<string, string?>? settings = null, IAlertSubscriptions? subscriptions = null, Func<ICuratedPublisher, ICuratedPublisher>? publisher = null)
    {
        Storage = storage;
        ConnectionString = connectionString;
        Clock = clock;
        Sender = sender;
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            [AzureSettingNames.StorageConnectionString] = connectionString,
            [AzureSettingNames.StorageNamePrefix] = storage.Prefix,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<IAlertSender>(sender)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        if (subscriptions is not null)
        {
            collection.AddSingleton(subscriptions);
        }

        services = collection
            .AddChangjiPipeline(configuration)
            .AddAzureStorage(configuration)
            .AddNotificationChannels()
            .Decorate(publisher)
            .AddSingleton<IngestFile>().AddSingleton<RecomputeYear>().AddSingleton<Reconcile>().AddSingleton<Bulletin>().AddSingleton<Notify>()
            .AddSingleton<PublishTemplates>().AddSingleton<Backup>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public TestStorage Storage { get; }

    /// <summary>Azurite's connection string: with <see cref="TestStorage.Prefix"/>, the settings another host (changji restore) needs to reach this app's storage.</summary>
    public string ConnectionString { get; }
    public FixedClock Clock { get; }
    public RecordingSender Sender { get; }
    public AzureTableInformationStore Store => services.GetRequiredService<AzureTableInformationStore>();
    public IngestFile IngestFile => services.GetRequiredService<IngestFile>();
    public RecomputeYear RecomputeYear => services.GetRequiredService<RecomputeYear>();
    public ReceiveFile Receive => services.GetRequiredService<ReceiveFile>();
    public Reconcile Reconcile => services.GetRequiredService<Reconcile>();
    public Notify Notify => services.GetRequiredService<Notify>();

    /// <summary>Any service of the composition, as the host would resolve it.</summary>
    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>The function as the host builds it, logging to <paramref name="logger"/>.</summary>
    public Reconcile ReconcileLoggingTo(ILogger<Reconcile> logger) => new(services.GetRequiredService<Changji.Pipeline.UseCases.Reconcile>(), logger);

    /// <summary>The main job over what is in <c>incoming/</c>, exactly as <c>changji run</c> does it locally.</summary>
    public RunPipeline Runner => services.GetRequiredService<RunPipeline>();

    public BlobContainerClient Incoming => Storage.Clients.Blobs.GetBlobContainerClient(Storage.Names.Incoming);
    public BlobContainerClient Curated => Storage.Clients.Blobs.GetBlobContainerClient(Storage.Names.Curated);

    /// <param name="settings">More app settings (e.g. <c>MaxFileBytes</c>), as the host would read them.</param>
    public static async Task<AzureTestApp> CreateAsync(
        AzuriteFixture azurite, FixedClock? clock = null, RecordingSender? sender = null, IReadOnlyDictionary<string, string?>? settings = null) =>
        new(await TestStorage.CreateAsync(azurite), clock ?? FixedClock.InSchoolYear2025(), sender ?? new RecordingSender(), azurite.ConnectionString, settings);

    /// <summary>An app whose curated publisher is wrapped by <paramref name="publisher"/> (e.g. to make two runs meet at a step).</summary>
    public static async Task<AzureTestApp> CreateAsync(AzuriteFixture azurite, Func<ICuratedPublisher, ICuratedPublisher> publisher) =>
        new(await TestStorage.CreateAsync(azurite), FixedClock.InSchoolYear2025(), new RecordingSender(), azurite.ConnectionString, publisher: publisher);

    /// <summary>An app with extra app settings (e.g. <c>NotifyChannels</c>) and the given alert subscriptions in place of Service Bus.</summary>
    public static async Task<AzureTestApp> CreateAsync(AzuriteFixture azurite, IReadOnlyDictionary<string, string?> settings, IAlertSubscriptions subscriptions) =>
        new(await TestStorage.CreateAsync(azurite), FixedClock.InSchoolYear2025(), new RecordingSender(), azurite.ConnectionString, settings, subscriptions);

    /// <summary>Uploads a file to <c>incoming/</c> and returns the BlobCreated event Event Grid would queue for it.</summary>
    public async Task<string> UploadAsync(IncomingFile file)
    {
        var blob = Incoming.GetBlobClient(file.Path);
        await blob.UploadAsync(BinaryData.FromBytes(await file.ReadAllBytesAsync(CancellationToken.None)), overwrite: true);
        return EventGridEvents.BlobCreated(blob.BlobContainerName, blob.Name, blob.Uri);
    }

    /// <summary>Upload, then deliver the event to the function, as the queue trigger would.</summary>
    public async Task IngestAsync(IncomingFile file) => await IngestFile.RunAsync(await UploadAsync(file), CancellationToken.None);

    public Task PublishTemplatesAsync() => services.GetRequiredService<PublishTemplates>().RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

    public Task BulletinAsync() => services.GetRequiredService<Bulletin>().RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

    public Task ReconcileAsync() => Reconcile.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

    /// <summary>The nightly export, as the timer would run it.</summary>
    public Task BackupAsync() => services.GetRequiredService<Backup>().RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

    public Task NotifyAsync() => Notify.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

    public void Dispose() => services.Dispose();
}

/// <summary>Wraps the composition's curated publisher, as a test asks.</summary>
internal static class PublisherDecoration
{
    public static IServiceCollection Decorate(this IServiceCollection services, Func<ICuratedPublisher, ICuratedPublisher>? wrap)
    {
        if (wrap is null)
        {
            return services;
        }

        var inner = services.Last(d => d.ServiceType == typeof(ICuratedPublisher));
        services.RemoveAll<ICuratedPublisher>();
        return services.AddSingleton(sp => wrap((ICuratedPublisher)inner.ImplementationFactory!(sp)));
    }
}
