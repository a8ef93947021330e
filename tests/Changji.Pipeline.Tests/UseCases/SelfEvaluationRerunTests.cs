using Changji.Pipeline.Composition;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Tests.Support;
using Changji.Pipeline.UseCases;
using Changji.Storage.Local;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Changji.Pipeline.Tests.UseCases;

/// <summary>A rerun over unchanged data renders no self-evaluation report again: its unchanged Markdown vouches for the HTML and DOCX.</summary>
public sealed class SelfEvaluationRerunTests : IDisposable
{
    private readonly SampleRun run = new();

    [Fact]
    public async Task SelfEvaluation_RerunOnUnchangedData_WritesNoReportAgain()
    {
        await run.RunAsync();
        var writes = new List<string>();

        await RunRecordingAsync(writes);

        Assert.DoesNotContain(writes, w => w.Contains("自评报告", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SelfEvaluation_MarkdownFromAnOlderFormat_RewritesTheYearsDocumentsMarkdownLast()
    {
        await run.RunAsync();
        var md = Path.Combine(run.Workspace.ReportsFolder, "2024", "自评报告-2024学年.md");
        await File.WriteAllTextAsync(md, (await File.ReadAllTextAsync(md)).Replace("版式 " + Pipeline.Reports.SelfEvaluationReport.RenderFormat, "版式 0", StringComparison.Ordinal));
        var writes = new List<string>();

        await RunRecordingAsync(writes);

        Assert.Equal(["2024/自评报告-2024学年.html", "2024/自评报告-2024学年.docx"], writes.Take(2));
        Assert.Contains(writes, w => w.StartsWith("2024/一校一册/", StringComparison.Ordinal));
        Assert.Equal("2024/自评报告-2024学年.md", writes[^1]);
        Assert.All(writes, w => Assert.StartsWith("2024/", w, StringComparison.Ordinal));
        Assert.EndsWith("-->", (await File.ReadAllTextAsync(md)).TrimEnd(), StringComparison.Ordinal);
    }

    private async Task RunRecordingAsync(List<string> writes)
    {
        var folders = new LocalFolders(run.Output, RepoRoot.Samples);
        var services = new ServiceCollection().AddSingleton<TimeProvider>(run.Clock)
            .AddChangjiPipeline(new ConfigurationBuilder().Build()).AddLocalStorage(folders);
        services.AddSingleton<IReportStore>(new RecordingReportStore(new FileSystemReportStore(folders.Reports), writes));
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<RunPipeline>().RunAsync();
    }

    public void Dispose() => run.Dispose();

    private sealed class RecordingReportStore(IReportStore inner, List<string> writes) : IReportStore
    {
        public Task WriteAsync(string name, string content, CancellationToken cancellationToken = default)
        {
            writes.Add(name);
            return inner.WriteAsync(name, content, cancellationToken);
        }

        public Task<string?> ReadTextAsync(string name, CancellationToken cancellationToken = default) => inner.ReadTextAsync(name, cancellationToken);

        public Task WriteBytesAsync(string name, byte[] content, CancellationToken cancellationToken = default)
        {
            writes.Add(name);
            return inner.WriteBytesAsync(name, content, cancellationToken);
        }
    }
}
