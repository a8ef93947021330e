using Azure.Messaging.ServiceBus;
using Changji.Evaluation.Catalogue;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;
using Changji.Storage.Azure;
using Changji.Storage.Azure.Connection;
using Changji.Storage.Azure.ServiceBus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Changji.Functions.Configuration;

/// <summary>Wires the app: one storage client set, one <see cref="ServiceBusClient"/>, one workspace; all singletons.</summary>
public static class PipelineServices
{
    public static IServiceCollection AddChangjiPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => StorageFromSettings.Create(configuration));
        services.AddSingleton(_ => AlertSettings.WithDeadlines(configuration[SettingNames.SubmissionDeadlines]));
        services.AddSingleton(_ => Catalogue.Builtin.Get(configuration[SettingNames.Profile] is { Length: > 0 } name ? name : Catalogue.DefaultProfileName));
        services.AddSingleton<IAlertSender>(provider =>
        {
            var ns = configuration[SettingNames.ServiceBusNamespace];
            if (string.IsNullOrWhiteSpace(ns))
            {
                return new UnconfiguredAlertSender();
            }

            var client = provider.GetRequiredService<ServiceBusClient>();
            return new ServiceBusAlertSender(client.CreateSender(configuration[SettingNames.AlertTopic] is { Length: > 0 } topic ? topic : "supervision-alerts"));
        });
        services.AddSingleton(_ => new ServiceBusClient(
            configuration[SettingNames.ServiceBusNamespace],
            AzureCredentials.ManagedIdentity(configuration[SettingNames.ClientId] ?? configuration["ServiceBus:clientId"])));
        services.AddSingleton(provider => new AzureWorkspace(
            provider.GetRequiredService<AzureStorageClients>(), AzureStorageNames.Default, provider.GetRequiredService<IAlertSender>(),
            provider.GetRequiredService<Profile>(), provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<AlertSettings>()));
        return services;
    }
}
