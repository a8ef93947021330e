using Changji.Storage.Azure.Connection;
using Microsoft.Extensions.Configuration;

namespace Changji.Functions.Configuration;

/// <summary>
/// Storage clients from app settings: in Azure the service URIs (or the account name) with the managed
/// identity; a connection string in <c>Storage</c> is accepted for Azurite only, never with keys in Azure.
/// </summary>
public static class StorageFromSettings
{
    public static AzureStorageClients Create(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[SettingNames.StorageConnectionString];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return AzureStorageClients.FromConnectionString(connectionString);
        }

        var account = configuration[SettingNames.StorageAccountName];
        Uri Endpoint(string setting, string service) =>
            configuration[setting] is { Length: > 0 } uri ? new Uri(uri)
            : !string.IsNullOrWhiteSpace(account) ? new Uri($"https://{account}.{service}.core.windows.net")
            : throw new InvalidOperationException($"App setting {setting.Replace(":", "__", StringComparison.Ordinal)} (or Storage__accountName) is not set.");

        return AzureStorageClients.FromServiceUris(
            Endpoint(SettingNames.BlobServiceUri, "blob"), Endpoint(SettingNames.QueueServiceUri, "queue"), Endpoint(SettingNames.TableServiceUri, "table"),
            AzureCredentials.ManagedIdentity(configuration[SettingNames.ClientId]));
    }
}
