using Azure.Core;
using Azure.Identity;

namespace Changji.Storage.Azure.Connection;

/// <summary>Identity, not keys: the user-assigned managed identity whose client id the app setting <c>AZURE_CLIENT_ID</c> names.</summary>
public static class AzureCredentials
{
    public static TokenCredential ManagedIdentity(string? clientId) =>
        new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId });
}
