using System.Text.Json;

namespace Changji.Functions.Tests.Support;

/// <summary>A Microsoft.Storage.BlobCreated event in the Event Grid schema, as the subscription writes it to the queue.</summary>
public static class EventGridEvents
{
    public static string BlobCreated(Uri blobUrl) => JsonSerializer.Serialize(new
    {
        topic = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/devstoreaccount1",
        subject = "/blobServices/default/containers/incoming/blobs/" + blobUrl.AbsolutePath.Split("/incoming/", 2)[^1],
        eventType = "Microsoft.Storage.BlobCreated",
        id = Guid.NewGuid().ToString(),
        data = new
        {
            api = "PutBlob",
            contentType = "application/octet-stream",
            blobType = "BlockBlob",
            url = blobUrl.AbsoluteUri,
        },
        dataVersion = "",
        metadataVersion = "1",
        eventTime = "2025-10-01T08:00:00.0000000Z",
    });
}
