using Microsoft.Extensions.Options;

namespace Changji.Storage.Azure.Composition;

/// <summary>Stops the host at start-up with the name of the setting that is missing or malformed.</summary>
public sealed class AzureOptionsValidator : IValidateOptions<AzureOptions>
{
    public ValidateOptionsResult Validate(string? name, AzureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.StorageConnectionString))
        {
            Check(options.BlobServiceUri, AzureSettingNames.BlobServiceUri, "blob");
            Check(options.QueueServiceUri, AzureSettingNames.QueueServiceUri, "queue");
            Check(options.TableServiceUri, AzureSettingNames.TableServiceUri, "table");
        }

        if (options.StorageNamePrefix is { Length: > 0 } prefix && !AzureStorageNames.IsValidPrefix(prefix))
        {
            failures.Add($"App setting {Env(AzureSettingNames.StorageNamePrefix)} = '{prefix}' must be lower-case letters and digits, starting with a letter.");
        }

        if (options.ServiceBusNamespace is { Length: > 0 } ns && Uri.CheckHostName(ns) != UriHostNameType.Dns)
        {
            failures.Add($"App setting {Env(AzureSettingNames.ServiceBusNamespace)} = '{ns}' is not a fully qualified host name (the namespace's host, without https://).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        void Check(string? uri, string setting, string service)
        {
            if (uri is { Length: > 0 } && !Uri.TryCreate(uri, UriKind.Absolute, out _))
            {
                failures.Add($"App setting {Env(setting)} = '{uri}' is not an absolute URI.");
            }
            else if (options.Endpoint(uri, service) is null)
            {
                failures.Add($"App setting {Env(setting)} (or {Env(AzureSettingNames.StorageAccountName)} with {Env(AzureSettingNames.StorageEndpointSuffix)}) is not set.");
            }
        }
    }

    /// <summary>As the setting is written in the portal and in Bicep.</summary>
    private static string Env(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
