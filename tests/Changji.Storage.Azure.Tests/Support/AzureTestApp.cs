using Azure.Storage.Blobs;
using Changji.Evaluation.Catalogue;
using Changji.Functions.Functions;
using Changji.Pipeline.Runs;
using Microsoft.Extensions.Logging.Abstractions;

namespace Changji.Storage.Azure.Tests.Support;

/// <summary>The function classes wired to real adapters on Azurite, as the host would construct them.</summary>
public sealed class AzureTestApp
{
    private AzureTestApp(TestStorage storage, FixedClock clock, RecordingSender sender)
    {
        Storage = storage;
        Clock = clock;
        Sender = sender;
        Workspace = new AzureWorkspace(storage.Clients, storage.Names, sender, Catalogue.Builtin.Default, clock);
        IngestFile = new IngestFile(Workspace, NullLogger<IngestFile>.Instance);
        RecomputeYear = new RecomputeYear(Workspace, NullLogger<RecomputeYear>.Instance);
        Reconcile = new Reconcile(Workspace, NullLogger<Reconcile>.Instance);
    }

    public TestStorage Storage { get; }
    public FixedClock Clock { get; }
    public RecordingSender Sender { get; }
    public AzureWorkspace Workspace { get; }
    public IngestFile IngestFile { get; }
    public RecomputeYear RecomputeYear { get; }
    public Reconcile Reconcile { get; }

    public BlobContainerClient Incoming => Storage.Clients.Blobs.GetBlobContainerClient(Storage.Names.Incoming);
    public BlobContainerClient Curated => Storage.Clients.Blobs.GetBlobContainerClient(Storage.Names.Curated);

    public static async Task<AzureTestApp> CreateAsync(AzuriteFixture azurite, FixedClock? clock = null, RecordingSender? sender = null) =>
        new(await TestStorage.CreateAsync(azurite), clock ?? FixedClock.InSchoolYear2025(), sender ?? new RecordingSender());

    /// <summary>Uploads a file to <c>incoming/</c> and returns the BlobCreated event Event Grid would queue for it.</summary>
    public async Task<string> UploadAsync(IncomingFile file)
    {
        var blob = Incoming.GetBlobClient(file.Path);
        await blob.UploadAsync(BinaryData.FromBytes(await file.ReadAsync(CancellationToken.None)), overwrite: true);
        return EventGridEvents.BlobCreated(blob.Uri);
    }

    /// <summary>Upload, then deliver the event to the function, as the queue trigger would.</summary>
    public async Task IngestAsync(IncomingFile file) => await IngestFile.RunAsync(await UploadAsync(file), CancellationToken.None);

    public Task ReconcileAsync() => Reconcile.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
}
