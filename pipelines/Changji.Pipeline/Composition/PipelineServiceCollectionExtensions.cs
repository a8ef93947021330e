using Changji.Evaluation.Catalogue;
using Changji.Ingestion;
using Changji.Pipeline.Notifications;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Reports;
using Changji.Pipeline.Stewards;
using Changji.Pipeline.UseCases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Changji.Pipeline.Composition;

/// <summary>
/// The one composition root of the use cases. A host calls this and then one storage registration
/// (<c>AddLocalStorage</c> or <c>AddAzureStorage</c>), which provides the ports; the host adds nothing else
/// but its own triggers. Everything is a singleton: the use cases hold no state between calls.
/// </summary>
public static class PipelineServiceCollectionExtensions
{
    public static IServiceCollection AddChangjiPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PipelineOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PipelineOptions>, PipelineOptionsValidator>());
        // A host or test that registered its own clock keeps it; otherwise the real one, or the fixed "as of" instant.
        services.TryAddSingleton(sp => Options(sp).AsOfInstant is { } asOf ? new AsOfTimeProvider(asOf) : TimeProvider.System);
        services.TryAddSingleton(sp => Catalogue.Builtin.Get(Options(sp).EvaluationProfile));
        services.TryAddSingleton(sp => Options(sp).ToAlertSettings());
        services.TryAddSingleton(sp => new IngestionOptions
        {
            MaxFileBytes = Options(sp).MaxFileBytes,
            MaxRows = Options(sp).MaxRows,
            RowsPerChunk = Options(sp).RowsPerChunk,
            InMemoryFileBytes = Options(sp).InMemoryFileBytes,
            MaxFindingsPerCode = Options(sp).MaxFindingsPerCode,
            HomeCounty = Options(sp).County,
        });
        services.TryAddSingleton(sp => Options(sp).ToHomeCounty());
        services.TryAddSingleton(sp => new DocumentSettings(Options(sp).DocumentScope));

        services.TryAddSingleton<SchoolCalendar>();
        services.TryAddSingleton<ReceiveFile>();
        // Its ledger counts its own writes, so UnchangedRecompute can tell them from another writer's.
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<RecomputeYears>(sp, new OwnLedgerWrites(sp.GetRequiredService<IAlertLedger>())));
        services.TryAddSingleton<RecomputeInputReader>();
        // Both hosts skip a recompute whose inputs did not change; the stamps and outputs' fingerprint come from the storage registration.
        services.TryAddSingleton<IRecomputeYears>(sp => new UnchangedRecompute(
            sp.GetKeyedService<IRecomputeYears>(UnchangedRecompute.InnerKey) ?? sp.GetRequiredService<RecomputeYears>(),
            sp.GetRequiredService<RecomputeInputReader>(), sp.GetRequiredService<IRecomputeStamps>(), sp.GetRequiredService<IPublishedOutputs>()));
        services.TryAddSingleton<DrainOutbox>();
        services.TryAddSingleton<IYearLocks, SingleWriterYearLocks>();
        services.TryAddSingleton<RunPipeline>();
        services.TryAddSingleton<RecomputeFromYear>();
        services.TryAddSingleton<WriteBulletin>();
        services.TryAddSingleton<PublishTemplates>();
        return services;
    }

    /// <summary>
    /// Delivery to channels (docs/notifications.md): the use case only. It needs a delivery ledger (from the
    /// storage registration) and an <see cref="IChannelSender"/> (from the channel adapters'
    /// registration, <c>AddNotificationChannels</c>, which calls this). Channels are given per run, so without
    /// channels it does nothing.
    /// </summary>
    public static IServiceCollection AddNotificationDelivery(this IServiceCollection services)
    {
        services.TryAddSingleton<Delivery>();
        return services;
    }

    /// <summary>
    /// The use cases of an event-driven host (one file per event, a daily reconcile). They need a
    /// received-files index and work queues, so the storage registration that provides those calls this.
    /// </summary>
    public static IServiceCollection AddEventDrivenUseCases(this IServiceCollection services)
    {
        services.TryAddSingleton<RecomputeFanOut>();
        services.TryAddSingleton<IngestIncoming>();
        services.TryAddSingleton<Reconcile>();
        return services;
    }

    /// <summary>
    /// The use cases of the stewards' page (upload, the year's files, a file's findings, its report). They
    /// need to write into the drop zone and read reports back, so the storage registration that provides
    /// <c>IIncomingUploads</c> and <c>IReportReader</c> calls this.
    /// </summary>
    public static IServiceCollection AddStewardUseCases(this IServiceCollection services)
    {
        services.TryAddSingleton<UploadFile>();
        services.TryAddSingleton<ProcessUpload>();
        services.TryAddSingleton<ListYearFiles>();
        services.TryAddSingleton<StewardYears>();
        services.TryAddSingleton<FileFindings>();
        services.TryAddSingleton<ReadValidationReport>();
        services.TryAddSingleton<ReadAnnotatedReturn>();
        services.TryAddSingleton<DownloadTemplate>();
        return services;
    }

    private static PipelineOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<PipelineOptions>>().Value;
}
