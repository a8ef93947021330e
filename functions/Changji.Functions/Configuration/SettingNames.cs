namespace Changji.Functions.Configuration;

/// <summary>The app settings the code reads (infra/README.md, "App settings"). <c>:</c> is how <c>__</c> appears in configuration.</summary>
public static class SettingNames
{
    /// <summary>Azurite only: a connection string (the trigger connection <c>Storage</c> may be one).</summary>
    public const string StorageConnectionString = "Storage";
    public const string StorageAccountName = "Storage:accountName";
    public const string BlobServiceUri = "Storage:blobServiceUri";
    public const string QueueServiceUri = "Storage:queueServiceUri";
    public const string TableServiceUri = "Storage:tableServiceUri";
    public const string ClientId = "AZURE_CLIENT_ID";
    public const string ServiceBusNamespace = "ServiceBus:fullyQualifiedNamespace";
    public const string AlertTopic = "AlertTopic";
    public const string SubmissionDeadlines = "SubmissionDeadlines";
    /// <summary>Optional: the evaluation profile (default changji-2022).</summary>
    public const string Profile = "EvaluationProfile";

    /// <summary>Trigger names: the attributes need constants; they match infra/storage-names.json.</summary>
    public const string IngestQueue = "ingest-requests";
    public const string RecomputeQueue = "recompute-requests";
    public const string TriggerConnection = "Storage";
    public const string ReconcileSchedule = "%ReconcileSchedule%";
}
