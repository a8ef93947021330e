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

    /// <summary>Locally the templates use case writes under the output folder's <c>templates/{year}/</c>; again, it writes nothing.</summary>
    [Fact]
    public async Task PublishTemplates_EmptyDatabaseTwice_WritesTheYearsTemplatesUnderTemplatesOnce()
    {
        using var services = LocalHost.Build(Folders, FixedClock.InSchoolYear2025());
        var publish = services.GetRequiredService<PublishTemplates>();

        var first = await publish.RunAsync();
        var second = await publish.RunAsync();

        Assert.Equal((2025, 0, 3), (first.Year, first.Schools, first.Written));
        Assert.Equal(0, second.Written);
        Assert.Equal(
            ["县级指标数据.xlsx", "学校基础数据.xlsx", "学校经费数据.xlsx"],
            Directory.GetFiles(Path.Combine(Folders.Templates, "2025")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
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
