using Changji.Evaluation.Catalogue;
using Changji.Ingestion;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Runs;
using Changji.Pipeline.Submissions;
using Changji.Storage.Azure.Blobs;
using Changji.Storage.Azure.Connection;
using Changji.Storage.Azure.Queues;
using Changji.Storage.Azure.Tables;

namespace Changji.Storage.Azure;

/// <summary>
/// The Azure counterpart of <c>LocalWorkspace</c>: one storage account (Tables for the information
/// database, <c>raw/</c>, <c>reports/</c>, <c>curated/</c> blobs, the work queues) and an alert sender,
/// wired into the same processor, recomputer and outbox drainer the local command uses.
/// </summary>
public sealed class AzureWorkspace
{
    public AzureWorkspace(
        AzureStorageClients clients, AzureStorageNames names, IAlertSender sender, Profile profile, TimeProvider clock,
        AlertSettings? alertSettings = null, IngestionOptions? ingestion = null)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(names);
        Clients = clients;
        Names = names;
        Clock = clock;
        AlertSettings = alertSettings ?? AlertSettings.Default;
        Store = new AzureTableInformationStore(clients.Tables, names);
        Incoming = new IncomingContainer(clients.Blobs.GetBlobContainerClient(names.Incoming));
        BlobIndex = new ReceivedBlobIndex(clients.Tables, names);
        Queues = new RequestQueues(clients.Queues, names);
        var reports = new BlobReportStore(clients.Blobs.GetBlobContainerClient(names.Reports));
        Processor = new SubmissionProcessor(new BlobRawArchive(clients.Blobs.GetBlobContainerClient(names.Raw)), Store, reports, clock, ingestion);
        Recomputer = new YearRecomputer(
            Store, Store, Store, new BlobCuratedPublisher(clients.Blobs.GetBlobContainerClient(names.Curated)), reports, profile, AlertSettings, clock);
        Drainer = new OutboxDrainer(Store, sender, clock);
        Runner = new PipelineRunner(Processor, Recomputer, Drainer);
    }

    public AzureStorageClients Clients { get; }
    public AzureStorageNames Names { get; }
    public TimeProvider Clock { get; }
    public AlertSettings AlertSettings { get; }
    public AzureTableInformationStore Store { get; }
    public IncomingContainer Incoming { get; }
    public ReceivedBlobIndex BlobIndex { get; }
    public RequestQueues Queues { get; }
    public SubmissionProcessor Processor { get; }
    public YearRecomputer Recomputer { get; }
    public OutboxDrainer Drainer { get; }

    /// <summary>The whole run over a set of files, exactly as <c>changji run</c> does it locally.</summary>
    public PipelineRunner Runner { get; }
}
