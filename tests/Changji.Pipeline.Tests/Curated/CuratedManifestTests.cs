using System.Text.Json;
using Changji.Pipeline.Tests.Support;

namespace Changji.Pipeline.Tests.Curated;

/// <summary>A year is published whole: its manifest, written last, lists every file of the year with its hash (docs/outputs.md §2).</summary>
public sealed class CuratedManifestTests : IDisposable
{
    private readonly SampleRun run = new();

    [Fact]
    public async Task Manifest_EverySampleYear_ListsEveryFileOfTheYearWithItsHash()
    {
        await run.RunAsync();

        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Workspace.CuratedFolder, "_manifest", $"year={year}.json")));
            var listed = manifest.RootElement.GetProperty("files").EnumerateArray()
                .ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("sha256").GetString()!);
            var actual = Directory.EnumerateFiles(run.Workspace.CuratedFolder, "*.parquet", SearchOption.AllDirectories)
                .Where(p => p.Contains($"year={year}", StringComparison.Ordinal))
                .ToDictionary(p => Path.GetRelativePath(run.Workspace.CuratedFolder, p).Replace('\\', '/'), p => StableId.Sha256Hex(File.ReadAllBytes(p)));
            Assert.Equal(actual.OrderBy(kv => kv.Key), listed.OrderBy(kv => kv.Key));
            Assert.Equal(year, manifest.RootElement.GetProperty("year").GetInt32());
            Assert.False(string.IsNullOrEmpty(manifest.RootElement.GetProperty("run_id").GetString()));
        }
    }

    [Fact]
    public async Task Manifest_Rerun_IsNotRewritten()
    {
        await run.RunAsync();
        var before = run.Snapshot("curated");
        run.Clock.Now = run.Clock.Now.AddDays(1);

        await run.RunAsync();

        Assert.Equal(before, run.Snapshot("curated"));
    }

    public void Dispose() => run.Dispose();
}
