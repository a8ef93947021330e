using Changji.Cli;
using Changji.Ingestion;
using Changji.Pipeline.Composition;
using Changji.Storage.Local;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Changji.Pipeline.Tests.Composition;

/// <summary>The memory a file may take is bounded by settings (docs/input-files.md), validated when the host starts.</summary>
public sealed class IngestionSettingsTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Defaults_NoSetting_Are128MiB_5000Rows_8MiBInMemory()
    {
        var options = IngestionOptions.Default;

        Assert.Equal(128L * 1024 * 1024, options.MaxFileBytes);
        Assert.Equal(5_000, options.RowsPerChunk);
        Assert.Equal(8L * 1024 * 1024, options.InMemoryFileBytes);
    }

    [Fact]
    public void Host_SettingsGiven_ReachTheIngestionOptions()
    {
        using var services = LocalHost.Build(
            new LocalFolders(folder.Combine("out"), folder.Combine("in")), null,
            new Dictionary<string, string?> { [nameof(PipelineOptions.RowsPerChunk)] = "250", [nameof(PipelineOptions.InMemoryFileBytes)] = "0" });

        var options = services.GetRequiredService<IngestionOptions>();

        Assert.Equal(250, options.RowsPerChunk);
        Assert.Equal(0, options.InMemoryFileBytes);
    }

    [Theory]
    [InlineData(nameof(PipelineOptions.RowsPerChunk), "0")]
    [InlineData(nameof(PipelineOptions.InMemoryFileBytes), "-1")]
    public void Host_SettingOutOfRange_FailsNamingTheSetting(string setting, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => LocalHost.Build(
            new LocalFolders(folder.Combine("out"), folder.Combine("in")), null, new Dictionary<string, string?> { [setting] = value }).Dispose());

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
