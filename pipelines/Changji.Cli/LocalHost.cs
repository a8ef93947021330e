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
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        var provider = services
            .AddChangjiPipeline(configuration)
            .AddLocalStorage(folders)
            .AddNotificationChannels()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        _ = provider.GetRequiredService<IOptions<PipelineOptions>>().Value;
        return provider;
    }
}
