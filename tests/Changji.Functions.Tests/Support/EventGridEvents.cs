using System.Text.Json;

namespace Changji.Functions.Tests.Support;

/// <summary>A Microsoft.Storage.BlobCreated event in the Event Grid schema, as the subscription writes it to the queue.</summary>
public static class EventGridEvents
{
    /// <remarks>The subject names the blob verbatim; <c>data.url</c> is written unencoded, as Event Grid does.</remarks>
    public static string BlobCreated(string container, string blobName, Uri blobUrl) => JsonSerializer.Serialize(new
    {
        topic = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/devstoreaccount1",
        subject = $"/blobServices/default/containers/{container}/blobs/{blobName}",
        eventType = "Microsoft.Storage.BlobCreated",
        id = Guid.NewGuid().ToString(),
        data = new
        {
            api = "PutBlob",
            contentType = "application/octet-stream",
            blobType = "BlockBlob",
            url = Uri.UnescapeDataString(blobUrl.AbsoluteUri),
        },
        dataVersion = "",
        metadataVersion = "1",
        eventTime = "2025-10-01T08:00:00.0000000Z",
    });
}
