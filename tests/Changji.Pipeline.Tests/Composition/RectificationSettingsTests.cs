using Changji.Cli;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Composition;
using Changji.Storage.Local;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Changji.Pipeline.Tests.Composition;

/// <summary>Days to rectify by severity are settings (docs/outputs.md §3), validated when the host starts.</summary>
public sealed class RectificationSettingsTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Defaults_NoSetting_Are90_180_365()
    {
        var settings = new PipelineOptions().ToAlertSettings();

        Assert.Equal(90, settings.RectificationDays[AlertSeverity.High]);
        Assert.Equal(180, settings.RectificationDays[AlertSeverity.Medium]);
        Assert.Equal(365, settings.RectificationDays[AlertSeverity.Low]);
    }

    [Fact]
    public void Host_SettingGiven_ReachesTheAlertSettings()
    {
        using var services = LocalHost.Build(
            new LocalFolders(folder.Combine("out"), folder.Combine("in")), null,
            new Dictionary<string, string?> { [nameof(PipelineOptions.RectificationDaysMedium)] = "60", [nameof(PipelineOptions.SubmissionDeadlines)] = "statistics=09-30" });

        var settings = services.GetRequiredService<AlertSettings>();

        Assert.Equal(60, settings.RectificationDays[AlertSeverity.Medium]);
        Assert.Equal(90, settings.RectificationDays[AlertSeverity.High]);
        Assert.Equal((9, 30), settings.Deadlines["statistics"]);
    }

    [Theory]
    [InlineData(nameof(PipelineOptions.RectificationDaysHigh), "0")]
    [InlineData(nameof(PipelineOptions.RectificationDaysLow), "-5")]
    public void Host_DaysNotPositive_FailsNamingTheSetting(string setting, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => LocalHost.Build(
            new LocalFolders(folder.Combine("out"), folder.Combine("in")), null, new Dictionary<string, string?> { [setting] = value }).Dispose());

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
