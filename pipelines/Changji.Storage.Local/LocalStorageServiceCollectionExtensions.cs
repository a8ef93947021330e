using Changji.Pipeline.Composition;
using Changji.Pipeline.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace Changji.Storage.Local;

/// <summary>The ports of the pipeline on one machine: SQLite for the information database, folders for everything else.</summary>
public static class LocalStorageServiceCollectionExtensions
{
    public static IServiceCollection AddLocalStorage(this IServiceCollection services, LocalFolders folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        services.AddSingleton(folders);
        services.AddSingleton(_ => new SqliteInformationStore(folders.Database));
        services.AddSingleton<ISubmissionLedger>(sp => sp.GetRequiredService<SqliteInformationStore>());
        services.AddSingleton<IFactStore>(sp => sp.GetRequiredService<SqliteInformationStore>());
        services.AddSingleton<IAlertLedger>(sp => sp.GetRequiredService<SqliteInformationStore>());
        services.AddSingleton<IDeliveryLedger>(sp => sp.GetRequiredService<SqliteInformationStore>());
        services.AddSingleton<IRecomputeStamps>(sp => sp.GetRequiredService<SqliteInformationStore>());
        services.AddSingleton<IPublishedOutputs>(_ => new FileSystemPublishedOutputs(folders.Curated, folders.Reports));
        services.AddSingleton(_ => new LocalIncomingFolder(folders.Input));
        services.AddSingleton<IIncomingStore>(sp => sp.GetRequiredService<LocalIncomingFolder>());
        services.AddSingleton<IIncomingUploads>(sp => sp.GetRequiredService<LocalIncomingFolder>());
        services.AddSingleton<IRawArchive>(_ => new FileSystemRawArchive(folders.Raw));
        services.AddSingleton(_ => new FileSystemReportStore(folders.Reports));
        services.AddSingleton<IReportStore>(sp => sp.GetRequiredService<FileSystemReportStore>());
        services.AddSingleton<IReportReader>(sp => sp.GetRequiredService<FileSystemReportStore>());
        services.AddSingleton<ITemplateStore>(_ => new FileSystemTemplateStore(folders.Templates));
        services.AddSingleton<ICuratedPublisher>(_ => new FileSystemCuratedPublisher(folders.Curated));
        services.AddSingleton<IAlertSender>(_ => new OutboxFolderSender(folders.Outbox));
        services.AddStewardUseCases();
        return services;
    }
}
