using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Changji.Storage.Azure.Connection;

/// <summary>
/// The three service clients of one storage account. In Azure they authenticate with the app's
/// managed identity (shared keys are disabled on the account); a connection string is for Azurite only.
/// Queue producers write Base64; the consumers read Base64 and plain JSON alike (<c>QueueMessageText</c>).
/// </summary>
public sealed class AzureStorageClients
{
    private AzureStorageClients(BlobServiceClient blobs, QueueServiceClient queues, TableServiceClient tables)
    {
        Blobs = blobs;
        Queues = queues;
        Tables = tables;
    }

    public BlobServiceClient Blobs { get; }
    public QueueServiceClient Queues { get; }
    public TableServiceClient Tables { get; }

    public static QueueClientOptions QueueOptions => new() { MessageEncoding = QueueMessageEncoding.Base64 };

    /// <summary>Azurite (local emulator): a connection string with the well-known development key.</summary>
    public static AzureStorageClients FromConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new(new BlobServiceClient(connectionString), new QueueServiceClient(connectionString, QueueOptions), new TableServiceClient(connectionString));
    }

    /// <summary>Azure: the account's service endpoints and an Entra ID credential (the managed identity).</summary>
    public static AzureStorageClients FromServiceUris(Uri blobServiceUri, Uri queueServiceUri, Uri tableServiceUri, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(blobServiceUri);
        ArgumentNullException.ThrowIfNull(queueServiceUri);
        ArgumentNullException.ThrowIfNull(tableServiceUri);
        ArgumentNullException.ThrowIfNull(credential);
        return new(new BlobServiceClient(blobServiceUri, credential), new QueueServiceClient(queueServiceUri, credential, QueueOptions), new TableServiceClient(tableServiceUri, credential));
    }

    /// <summary>Creates what the infrastructure declares; in Azure they exist already and this is a no-op.</summary>
    public async Task EnsureCreatedAsync(AzureStorageNames names, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var container in names.Containers)
        {
            await Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        foreach (var queue in names.Queues)
        {
            await Queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        foreach (var table in names.Tables)
        {
            await Tables.CreateTableIfNotExistsAsync(table, cancellationToken).ConfigureAwait(false);
        }
    }
}
