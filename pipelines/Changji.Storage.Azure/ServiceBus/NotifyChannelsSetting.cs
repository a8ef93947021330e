using Changji.Pipeline.Notifications;

namespace Changji.Storage.Azure.ServiceBus;

/// <summary>
/// The <c>NotifyChannels</c> app setting: the channels file (docs/notifications.md) as JSON text. Its
/// <c>env:NAME</c> values are other app settings, read through <paramref name="lookup"/>; in Azure those are
/// Key Vault references (<c>@Microsoft.KeyVault(VaultName=…;SecretName=…)</c>) the platform resolves, so
/// no secret is in the setting or the repository. Read on each run: a changed setting restarts the app anyway.
/// </summary>
public sealed class NotifyChannelsSetting(string? json, Func<string, string?> lookup)
{
    /// <exception cref="ChannelsFileException">The setting is not a valid channels file (the message names channel and field).</exception>
    public IReadOnlyList<Channel> Load() =>
        string.IsNullOrWhiteSpace(json) ? [] : ChannelsFile.Parse(json, lookup);
}
