using Microsoft.Extensions.Configuration;

namespace Changji.Storage.Azure.Composition;

/// <summary>Where the Azure adapters connect, read from the app settings of <see cref="AzureSettingNames"/> and checked by <see cref="AzureOptionsValidator"/>.</summary>
public sealed class AzureOptions
{
    public string? StorageConnectionString { get; set; }
    public string? StorageAccountName { get; set; }
    public string? BlobServiceUri { get; set; }
    public string? QueueServiceUri { get; set; }
    public string? TableServiceUri { get; set; }
    public string? StorageEndpointSuffix { get; set; }
    public string? StorageNamePrefix { get; set; }
    public string? ClientId { get; set; }
    public string? ServiceBusNamespace { get; set; }
    public string AlertTopic { get; set; } = "supervision-alerts";

    /// <summary>The settings are flat app settings and a section at once (<c>Storage</c> and <c>Storage__accountName</c>), so they are read by name, not bound.</summary>
    public static void Read(AzureOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        options.StorageConnectionString = configuration[AzureSettingNames.StorageConnectionString];
        options.StorageAccountName = configuration[AzureSettingNames.StorageAccountName];
        options.BlobServiceUri = configuration[AzureSettingNames.BlobServiceUri];
        options.QueueServiceUri = configuration[AzureSettingNames.QueueServiceUri];
        options.TableServiceUri = configuration[AzureSettingNames.TableServiceUri];
        options.StorageEndpointSuffix = configuration[AzureSettingNames.StorageEndpointSuffix];
        options.StorageNamePrefix = configuration[AzureSettingNames.StorageNamePrefix];
        options.ClientId = configuration[AzureSettingNames.ClientId];
        options.ServiceBusNamespace = configuration[AzureSettingNames.ServiceBusNamespace];
        if (configuration[AzureSettingNames.AlertTopic] is { Length: > 0 } topic)
        {
            options.AlertTopic = topic;
        }
    }

    /// <summary>
    /// A service's endpoint: its own setting, else derived from the account name and the cloud's
    /// endpoint suffix (both required: no cloud is assumed), else null.
    /// </summary>
    public Uri? Endpoint(string? setting, string service) =>
        setting is { Length: > 0 } ? new Uri(setting)
        : StorageAccountName is { Length: > 0 } account && StorageEndpointSuffix is { Length: > 0 } suffix ? new Uri($"https://{account}.{service}.{suffix.Trim('.')}")
        : null;
}
