namespace Changji.Storage.Azure.Composition;

/// <summary>
/// The app settings the Azure adapters read, as configuration keys (<c>:</c> is how an app setting's
/// <c>__</c> appears). infra/modules/functionapp.bicep sets them; a test keeps the two in step.
/// </summary>
public static class AzureSettingNames
{
    /// <summary>Azurite only: a connection string. In Azure the account is reached with the managed identity.</summary>
    public const string StorageConnectionString = "Storage";
    public const string StorageAccountName = "Storage:accountName";
    public const string BlobServiceUri = "Storage:blobServiceUri";
    public const string QueueServiceUri = "Storage:queueServiceUri";
    public const string TableServiceUri = "Storage:tableServiceUri";

    /// <summary>
    /// The cloud's storage endpoint suffix (Bicep <c>environment().suffixes.storage</c>), used only to
    /// derive a service URI that is not set from <see cref="StorageAccountName"/>. Never assumed: the
    /// same code runs in global Azure and in Azure China.
    /// </summary>
    public const string StorageEndpointSuffix = "Storage:endpointSuffix";

    /// <summary>Optional: prefixes every container, queue and table name (tests, or two apps on one account).</summary>
    public const string StorageNamePrefix = "Storage:namePrefix";
    public const string ClientId = "AZURE_CLIENT_ID";
    public const string ServiceBusNamespace = "ServiceBus:fullyQualifiedNamespace";
    public const string AlertTopic = "AlertTopic";

    /// <summary>The channels file's JSON for delivery in Azure (docs/notifications.md); empty: no delivery.</summary>
    public const string NotifyChannels = "NotifyChannels";
}
