using Changji.Pipeline.Composition;
using Changji.Pipeline.UseCases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Changji.Storage.Local.Tests;

/// <summary>
/// The pipeline over the local adapters resolves what <c>changji run</c> uses, with the plain recompute (no Azure
/// settling); every registration resolves (ValidateOnBuild), the event-driven use cases being the Azure host's.
/// </summary>
public sealed class LocalStorageCompositionTests : IDisposable
{
    private readonly TempFolder folder = new();

    private ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder().Build();
        return new ServiceCollection()
            .AddChangjiPipeline(configuration)
            .AddLocalStorage(new LocalFolders(folder.Combine("out"), folder.Combine("in")))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    [Fact]
    public void AddLocalStorage_WithPipeline_ResolvesTheUseCases()
    {
        using var services = Build();

        Assert.NotNull(services.GetRequiredService<RunPipeline>());
        Assert.NotNull(services.GetRequiredService<ReceiveFile>());
    }

    [Fact]
    public void AddLocalStorage_RecomputeYears_IsThePlainRecomputeSkippedWhenUnchanged()
    {
        using var services = Build();

        var unchanged = Assert.IsType<UnchangedRecompute>(services.GetRequiredService<IRecomputeYears>());
        Assert.IsType<RecomputeYears>(unchanged.Inner);
    }

    public void Dispose() => folder.Dispose();
}
