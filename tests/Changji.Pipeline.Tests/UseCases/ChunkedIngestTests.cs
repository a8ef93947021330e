using Changji.Pipeline.Composition;
using Changji.Pipeline.Tests.Support;

namespace Changji.Pipeline.Tests.UseCases;

/// <summary>
/// Memory is bounded by settings, not by what a steward reads: the samples received from temporary files and
/// stored two rows at a time give byte for byte the outputs of the defaults (every file in memory, in one chunk),
/// and the information database holds the same facts.
/// </summary>
public sealed class ChunkedIngestTests : IDisposable
{
    private readonly SampleRun defaults = new();
    private readonly SampleRun chunked = new();

    [Fact]
    public async Task Samples_SpooledAndInChunksOfTwo_GiveTheSameOutputsAndFacts()
    {
        await defaults.RunAsync();
        await chunked.Workspace.RunAsync(RepoRoot.Samples, chunked.Clock, settings: new Dictionary<string, string?>
        {
            [nameof(PipelineOptions.RowsPerChunk)] = "2",
            [nameof(PipelineOptions.InMemoryFileBytes)] = "0",
        });

        Assert.Equal(defaults.Snapshot("curated", "outbox", "raw", "reports"), chunked.Snapshot("curated", "outbox", "raw", "reports"));
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            Assert.Equal(PipelineJson.Serialize(await defaults.Workspace.Store.LoadYearAsync(year)), PipelineJson.Serialize(await chunked.Workspace.Store.LoadYearAsync(year)));
        }

        Assert.Equal(PipelineJson.Serialize(await defaults.Workspace.Store.ListAsync()), PipelineJson.Serialize(await chunked.Workspace.Store.ListAsync()));
    }

    public void Dispose()
    {
        defaults.Dispose();
        chunked.Dispose();
    }
}
