using Changji.Notifications.Email;
using Changji.Notifications.Http;
using Changji.Pipeline.Composition;
using Changji.Pipeline.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Changji.Notifications.Composition;

/// <summary>
/// The channel adapters behind <see cref="IChannelSender"/> and the delivery use case that calls them. Both
/// hosts call this after their storage registration, which provides the delivery ledger.
/// </summary>
public static class NotificationChannelsServiceCollectionExtensions
{
    /// <summary>A send that takes longer than this is a failed attempt, retried on a later run.</summary>
    public static readonly TimeSpan HttpTimeout = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddNotificationChannels(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new HttpChannelSender(new HttpClient { Timeout = HttpTimeout }, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<EmailChannelSender>();
        services.TryAddSingleton<IChannelSender, ChannelSender>();
        return services.AddNotificationDelivery();
    }
}
