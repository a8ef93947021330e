using Changji.Notifications.Composition;
using Changji.Pipeline.Composition;
using Changji.Storage.Local;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Changji.Cli;

/// <summary>
/// The command's composition: the same <c>AddChangjiPipeline</c> and <c>AddNotificationChannels</c> the
/// Functions app calls, over the local adapters, with the command's options as configuration. Settings are validated here, as a
/// host validates them at start-up.
/// </summary>
public static class LocalHost
{
    /// <param name="clock">The clock to use; null for the real one, or for the <c>AsOf</c> instant when the settings name one.</param>
    /// <param name="settings">Configuration keys of <see cref="PipelineOptions"/>, e.g. <c>EvaluationProfile</c>; absent ones take their defaults.</param>
    public static ServiceProvider Build(LocalFolders folders, TimeProvider? clock, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var provider = Register(new ServiceCollection(), folders, clock, settings).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        _ = provider.GetRequiredService<IOptions<PipelineOptions>>().Value;
        return provider;
    }

    /// <summary>The same registrations into a container another host builds (<c>changji serve</c>'s web host).</summary>
    public static IServiceCollection Register(IServiceCollection services, LocalFolders folders, TimeProvider? clock, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        return services.AddChangjiPipeline(configuration).AddLocalStorage(folders).AddNotificationChannels();
    }
}
