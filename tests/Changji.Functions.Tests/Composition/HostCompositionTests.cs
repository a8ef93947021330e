using Changji.Functions.Auth;
using Changji.Functions.Triggers;
using Changji.Notifications.Composition;
using Changji.Pipeline.Composition;
using Changji.Storage.Azure.Composition;
using Changji.Storage.Azure.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using IRecomputeYears = Changji.Pipeline.UseCases.IRecomputeYears;

namespace Changji.Functions.Tests.Composition;

/// <summary>
/// The Functions host's services, registered as Program.cs registers them: every function resolves, and
/// a missing or malformed setting stops the host naming the setting. Nothing connects to storage here.
/// </summary>
public sealed class HostCompositionTests
{
    private static readonly Dictionary<string, string?> Azurite = new() { [AzureSettingNames.StorageConnectionString] = "UseDevelopmentStorage=true" };

    private static readonly Dictionary<string, string?> ManagedIdentity = new()
    {
        [AzureSettingNames.BlobServiceUri] = "https://stchangji.blob.core.windows.net/",
        [AzureSettingNames.QueueServiceUri] = "https://stchangji.queue.core.windows.net/",
        [AzureSettingNames.TableServiceUri] = "https://stchangji.table.core.windows.net/",
        [AzureSettingNames.ClientId] = "00000000-0000-0000-0000-000000000001",
    };

    /// <summary>What Program.cs does, plus the logging and function activation the Functions builder adds.</summary>
    private static ServiceProvider Host(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddChangjiPipeline(configuration).AddAzureStorage(configuration).AddNotificationChannels().AddStewardAuth(configuration);
        services.AddLogging();
        services.AddSingleton<IngestFile>().AddSingleton<RecomputeYear>().AddSingleton<Reconcile>().AddSingleton<Bulletin>().AddSingleton<Notify>().AddSingleton<PublishTemplates>().AddSingleton<Backup>();
        services.AddSingleton<StewardApi>().AddSingleton<StewardPageFiles>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static Dictionary<string, string?> With(IReadOnlyDictionary<string, string?> settings, string key, string value) =>
        new(settings) { [key] = value };

    [Fact]
    public async Task StewardFunctions_NoAuthSettings_ResolveAndRefuseEveryCall()
    {
        using var host = Host(Azurite);
        var request = new Microsoft.AspNetCore.Http.DefaultHttpContext().Request;
        request.Headers.Authorization = "Bearer anything";

        var result = await host.GetRequiredService<StewardApi>().YearsAsync(request, CancellationToken.None);

        Assert.NotNull(host.GetRequiredService<StewardPageFiles>());
        Assert.False(host.GetRequiredService<StewardAuthOptions>().Configured);
        Assert.Equal(401, ((Microsoft.AspNetCore.Mvc.ContentResult)result).StatusCode);
    }

    [Fact]
    public void AsOf_Setting_FixesTheClockAndTheSchoolYear()
    {
        using var host = Host(With(Azurite, nameof(PipelineOptions.AsOf), "2025-11-01T09:00+08:00"));

        Assert.Equal(new DateTimeOffset(2025, 11, 1, 1, 0, 0, TimeSpan.Zero), host.GetRequiredService<TimeProvider>().GetUtcNow());
        Assert.Equal(2025, host.GetRequiredService<Changji.Pipeline.Recompute.SchoolCalendar>().CurrentSchoolYear);
    }

    [Fact]
    public void AsOf_WithoutOffset_StopsTheHostNamingTheSetting()
    {
        using var host = Host(With(Azurite, nameof(PipelineOptions.AsOf), "2025-11-01T09:00"));

        var error = Assert.Throws<OptionsValidationException>(() => host.GetRequiredService<IOptions<PipelineOptions>>().Value);
        Assert.Contains("AsOf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Functions_AzuriteConnectionString_EveryFunctionResolves()
    {
        using var host = Host(Azurite);

        Assert.NotNull(host.GetRequiredService<IngestFile>());
        Assert.NotNull(host.GetRequiredService<RecomputeYear>());
        Assert.NotNull(host.GetRequiredService<Reconcile>());
        Assert.NotNull(host.GetRequiredService<Bulletin>());
        Assert.NotNull(host.GetRequiredService<PublishTemplates>());
        Assert.NotNull(host.GetRequiredService<Notify>());
        Assert.NotNull(host.GetRequiredService<Backup>());
    }

    [Fact]
    public void Functions_ServiceUrisAndManagedIdentity_EveryFunctionResolves()
    {
        using var host = Host(ManagedIdentity);

        Assert.NotNull(host.GetRequiredService<IngestFile>());
        Assert.NotNull(host.GetRequiredService<RecomputeYear>());
        Assert.NotNull(host.GetRequiredService<Reconcile>());
        Assert.NotNull(host.GetRequiredService<Bulletin>());
        Assert.NotNull(host.GetRequiredService<PublishTemplates>());
        Assert.NotNull(host.GetRequiredService<Notify>());
        Assert.NotNull(host.GetRequiredService<Backup>());
    }

    [Fact]
    public void Storage_NoSettingAtAll_FailsNamingTheBlobServiceUri()
    {
        using var host = Host(new Dictionary<string, string?>());

        var error = Assert.Throws<OptionsValidationException>(() => host.GetRequiredService<IOptions<AzureOptions>>().Value);

        Assert.Contains("Storage__blobServiceUri", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("core.windows.net")]
    [InlineData("core.chinacloudapi.cn")]
    public void Storage_AccountNameAndEndpointSuffix_EndpointsInThatCloud(string suffix)
    {
        var options = new AzureOptions();
        AzureOptions.Read(options, new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [AzureSettingNames.StorageAccountName] = "stchangji",
            [AzureSettingNames.StorageEndpointSuffix] = suffix,
        }).Build());

        Assert.True(new AzureOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(new Uri($"https://stchangji.table.{suffix}"), options.Endpoint(options.TableServiceUri, "table"));
        Assert.Equal(new Uri("https://x.example/"), options.Endpoint("https://x.example/", "table"));
    }

    [Fact]
    public void Storage_AccountNameWithoutEndpointSuffix_FailsNamingTheSuffix()
    {
        using var host = Host(new Dictionary<string, string?> { [AzureSettingNames.StorageAccountName] = "stchangji" });

        var error = Assert.Throws<OptionsValidationException>(() => host.GetRequiredService<IOptions<AzureOptions>>().Value);

        Assert.Contains("Storage__endpointSuffix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluationProfile_Unknown_FailsNamingTheSetting()
    {
        using var host = Host(With(Azurite, nameof(PipelineOptions.EvaluationProfile), "hebei-2099"));

        var error = Assert.Throws<OptionsValidationException>(() => host.GetRequiredService<IOptions<PipelineOptions>>().Value);

        Assert.Contains("EvaluationProfile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmissionDeadlines_Malformed_FailsNamingTheSetting()
    {
        using var host = Host(With(Azurite, nameof(PipelineOptions.SubmissionDeadlines), "statistics=31-10"));

        var error = Assert.Throws<OptionsValidationException>(() => host.GetRequiredService<IOptions<PipelineOptions>>().Value);

        Assert.Contains("SubmissionDeadlines", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecomputeYears_AzureHost_IsSettledRecomputeSkippedWhenUnchanged()
    {
        using var host = Host(Azurite);

        var unchanged = Assert.IsType<Changji.Pipeline.UseCases.UnchangedRecompute>(host.GetRequiredService<IRecomputeYears>());
        Assert.IsType<SettledRecompute>(unchanged.Inner);
    }
}
