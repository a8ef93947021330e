using Changji.Pipeline.Composition;
using Changji.Pipeline.UseCases;
using Changji.Storage.Local;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Changji.Cli.Tests;

/// <summary>The command's composition root: the pipeline over the local adapters, settings checked before anything runs.</summary>
public sealed class LocalHostTests : IDisposable
{
    private readonly TempFolder folder = new();

    private LocalFolders Folders => new(folder.Combine("out"), folder.Combine("in"));

    [Fact]
    public void Build_DefaultSettings_ResolvesRunPipeline()
    {
        using var services = LocalHost.Build(Folders, FixedClock.InSchoolYear2025());

        Assert.NotNull(services.GetRequiredService<RunPipeline>());
    }

    [Fact]
    public void Build_UnknownProfile_FailsNamingEvaluationProfile()
    {
        var settings = new Dictionary<string, string?> { [nameof(PipelineOptions.EvaluationProfile)] = "hebei-2099" };

        var error = Assert.Throws<OptionsValidationException>(() => LocalHost.Build(Folders, FixedClock.InSchoolYear2025(), settings));

        Assert.Contains("EvaluationProfile", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
