using Azure.Messaging.ServiceBus;
using Changji.Pipeline.Composition;
using Changji.Pipeline.Counties;
using Changji.Pipeline.Ports;
using Changji.Pipeline.UseCases;
using Changji.Storage.Azure.Backups;
using Changji.Storage.Azure.Blobs;
using Changji.Storage.Azure.Connection;
using Changji.Storage.Azure.Locks;
using Changji.Storage.Azure.Queues;
using Changji.Storage.Azure.Resilience;
using Changji.Storage.Azure.ServiceBus;
using Changji.Storage.Azure.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Changji.Storage.Azure.Composition;

/// <summary>
/// The ports of the pipeline in Azure: Tables for the information database, Blob Storage for the drop
/// zone, raw files, reports and curated Parquet, the work queues, and Service Bus for alerts; plus the
/// Azure-only resilience around the use cases (<see cref="SettledRecompute"/>, a blob lease per year: <see cref="BlobYearLocks"/>).
/// </summary>
public static class AzureStorageServiceCollectionExtensions
{
    public static IServiceCollection AddAzureStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AzureOptions>().Configure(o => AzureOptions.Read(o, configuration)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AzureOptions>, AzureOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => Names(Options(sp)));
        services.AddSingleton(sp => Clients(Options(sp)));
        services.AddSingleton(sp => new AzureResilience(sp.GetRequiredService<TimeProvider>(), AzureResilience.Randomizer(new Random())));

        services.AddSingleton(sp => new AzureTableInformationStore(Clients(sp).Tables, Names(sp), sp.GetRequiredService<AzureResilience>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ISubmissionLedger>(sp => sp.GetRequiredService<AzureTableInformationStore>());
        services.AddSingleton<IFactStore>(sp => sp.GetRequiredService<AzureTableInformationStore>());
        services.AddSingleton<IAlertLedger>(sp => sp.GetRequiredService<AzureTableInformationStore>());
        services.AddSingleton<IDeliveryLedger>(sp => sp.GetRequiredService<AzureTableInformationStore>());
        services.AddSingleton<IRecomputeStamps>(sp => sp.GetRequiredService<AzureTableInformationStore>());
        services.AddSingleton<IPublishedOutputs>(sp => new BlobPublishedOutputs(Container(sp, Names(sp).Curated), Container(sp, Names(sp).Reports)));
        services.AddSingleton(sp => new IncomingContainer(Container(sp, Names(sp).Incoming)));
        services.AddSingleton<IIncomingStore>(sp => sp.GetRequiredService<IncomingContainer>());
        services.AddSingleton<IIncomingUploads>(sp => sp.GetRequiredService<IncomingContainer>());
        services.AddSingleton<IReceivedIndex>(sp => new ReceivedBlobIndex(Clients(sp).Tables, Names(sp)));
        services.AddSingleton<IWorkQueues>(sp => new RequestQueues(Clients(sp).Queues, Names(sp)));
        services.AddSingleton<IRawArchive>(sp => new BlobRawArchive(Container(sp, Names(sp).Raw), Container(sp, Names(sp).Incoming), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new BlobReportStore(Container(sp, Names(sp).Reports)));
        services.AddSingleton<IReportStore>(sp => sp.GetRequiredService<BlobReportStore>());
        services.AddSingleton<IReportReader>(sp => sp.GetRequiredService<BlobReportStore>());
        services.AddSingleton<ITemplateStore>(sp => new BlobTemplateStore(Container(sp, Names(sp).Templates)));
        // The nightly export of the tables to backup/ and the restore from it (the Backup timer, changji restore).
        services.AddSingleton(sp => new TableBackup(Clients(sp).Tables, Container(sp, Names(sp).Backup), Names(sp), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new TableRestore(Clients(sp).Tables, Container(sp, Names(sp).Backup), Names(sp)));
        services.AddSingleton<ICuratedPublisher>(sp => new BlobCuratedPublisher(Container(sp, Names(sp).Curated), sp.GetRequiredService<AzureResilience>()));

        // Without a namespace (a run against Azurite) alerts stay in the outbox until one is configured.
        services.TryAddSingleton<IAlertSender>(sp => Options(sp) is { ServiceBusNamespace: { Length: > 0 } ns } options
            ? new ServiceBusAlertSender(sp.GetRequiredService<ServiceBusClient>().CreateSender(options.AlertTopic))
            : new UnconfiguredAlertSender());
        services.TryAddSingleton(sp => new ServiceBusClient(Options(sp).ServiceBusNamespace, AzureCredentials.ManagedIdentity(Options(sp).ClientId)));

        services.Replace(ServiceDescriptor.Singleton<IYearLocks>(sp => new BlobYearLocks(Container(sp, Names(sp).Locks), sp.GetRequiredService<TimeProvider>(), home: sp.GetRequiredService<HomeCounty>())));
        // The years due for the step spanning counties, which county requests leave to a region request of their own.
        services.TryAddSingleton<IRegionMarks>(sp => new BlobRegionMarks(Container(sp, Names(sp).Locks)));
        // Delivery from the alert topic's subscriptions (the Notify timer); Delivery itself comes from AddNotificationChannels.
        services.TryAddSingleton<IAlertSubscriptions>(sp => Options(sp) is { ServiceBusNamespace: { Length: > 0 } } options
            ? new ServiceBusAlertSubscriptions(sp.GetRequiredService<ServiceBusClient>(), options.AlertTopic)
            : new NoAlertSubscriptions());
        services.TryAddSingleton(_ => new NotifyChannelsSetting(configuration[AzureSettingNames.NotifyChannels], name => configuration[name]));
        services.TryAddSingleton<AlertSubscriptionDrain>();
        services.TryAddSingleton<AlertNotifier>();

        services.AddEventDrivenUseCases();
        services.AddStewardUseCases();
        // The recompute UnchangedRecompute wraps (AddChangjiPipeline): a skipped one needs no settling.
        services.AddKeyedSingleton<IRecomputeYears>(UnchangedRecompute.InnerKey, (sp, _) => new SettledRecompute(
            sp.GetRequiredService<RecomputeYears>(), sp.GetRequiredService<ISubmissionLedger>(), sp.GetRequiredService<AzureResilience>(), sp.GetRequiredService<HomeCounty>()));
        return services;
    }

    private static AzureOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<AzureOptions>>().Value;

    private static AzureStorageNames Names(IServiceProvider sp) => sp.GetRequiredService<AzureStorageNames>();

    private static AzureStorageClients Clients(IServiceProvider sp) => sp.GetRequiredService<AzureStorageClients>();

    private static global::Azure.Storage.Blobs.BlobContainerClient Container(IServiceProvider sp, string name) => Clients(sp).Blobs.GetBlobContainerClient(name);

    private static AzureStorageNames Names(AzureOptions options) =>
        options.StorageNamePrefix is { Length: > 0 } prefix ? AzureStorageNames.WithPrefix(prefix) : AzureStorageNames.Default;

    /// <summary>A connection string is for Azurite only; in Azure the endpoints and the managed identity.</summary>
    private static AzureStorageClients Clients(AzureOptions options) =>
        options.StorageConnectionString is { Length: > 0 } connectionString
            ? AzureStorageClients.FromConnectionString(connectionString)
            : AzureStorageClients.FromServiceUris(
                options.Endpoint(options.BlobServiceUri, "blob")!, options.Endpoint(options.QueueServiceUri, "queue")!, options.Endpoint(options.TableServiceUri, "table")!,
                AzureCredentials.ManagedIdentity(options.ClientId));
}
