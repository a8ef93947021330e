using System.Text.Json;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Tests.Support;

namespace Changji.Pipeline.Tests.UseCases;

/// <summary>The messages the supervision office receives from the samples: the stories of 2023–2025, readable in Chinese.</summary>
public sealed class AlertOutboxTests : IClassFixture<AlertOutboxTests.Sent>
{
    private readonly Sent sent;

    public AlertOutboxTests(Sent sent) => this.sent = sent;

    public sealed class Sent : IAsyncLifetime, IDisposable
    {
        public SampleRun Run { get; } = new();
        public List<(string Raw, AlertMessage Message)> Messages { get; } = [];

        public async Task InitializeAsync()
        {
            await Run.RunAsync();
            foreach (var file in Directory.EnumerateFiles(Run.Workspace.OutboxFolder, "*.json").Order(StringComparer.Ordinal))
            {
                var raw = await File.ReadAllTextAsync(file);
                Messages.Add((raw, PipelineJson.Deserialize<AlertMessage>(raw)));
            }
        }

        public Task DisposeAsync() => Task.CompletedTask;
        public void Dispose() => Run.Dispose();
    }

    [Fact]
    public void Outbox_FileName_IsTheMessageId()
    {
        foreach (var file in Directory.EnumerateFiles(sent.Run.Workspace.OutboxFolder, "*.json"))
        {
            var message = PipelineJson.Deserialize<AlertMessage>(File.ReadAllText(file));
            Assert.Equal(Path.GetFileNameWithoutExtension(file), message.MessageId);
        }
    }

    [Fact]
    public void Outbox_Json_KeepsChineseAndSymbolsReadable()
    {
        Assert.All(sent.Messages, m => Assert.DoesNotContain("\\u", m.Raw, StringComparison.Ordinal));
        Assert.All(sent.Messages, m => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(m.Raw).RootElement.ValueKind));
    }

    [Fact]
    public void Outbox_CvOverLimitIn2023_IsOpenedThenResolvedIn2024()
    {
        var cv = sent.Messages.Select(m => m.Message).Where(m => m.Rule == "cv_over_limit" && m.IndicatorCode == "L2" && m.Level == "junior").ToList();

        Assert.Equal(["opened", "resolved"], cv.OrderBy(m => m.EventType, StringComparer.Ordinal).Select(m => m.EventType));
        Assert.Single(cv.Select(m => m.AlertId).Distinct());
        Assert.Equal(2024, cv.Single(m => m.EventType == "resolved").Year);
    }

    [Fact]
    public void Outbox_SchoolBelowFloor_StatesTheGapInTheNumeratorsUnit()
    {
        var below = sent.Messages.Select(m => m.Message).Single(m => m.Rule == "school_below_floor" && m.IndicatorCode == "L6" && m.EventType == "opened");

        Assert.Equal("3652010019", below.SchoolCode);
        Assert.Contains("尚缺 240,000 元", below.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Outbox_EveryOpenedAlert_HasSeverityYearAndRuleName()
    {
        Assert.All(sent.Messages, m =>
        {
            Assert.Contains(m.Message.Severity, new[] { "high", "medium", "low" });
            Assert.InRange(m.Message.Year, 2023, 2025);
            Assert.False(string.IsNullOrWhiteSpace(m.Message.RuleNameZh));
        });
    }
}
