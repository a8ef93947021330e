using Changji.Pipeline.UseCases;

namespace Changji.Pipeline.Tests.Support;

/// <summary>The main job on the committed samples into a fresh output folder, at a fixed time.</summary>
public sealed class SampleRun : IDisposable
{
    private readonly TempFolder folder = new();

    public SampleRun(FixedClock? clock = null)
    {
        Clock = clock ?? FixedClock.InSchoolYear2025();
        Workspace = new LocalOutput(Output);
    }

    public FixedClock Clock { get; }
    public string Output => folder.Combine("out");
    public LocalOutput Workspace { get; }

    public Task<RunSummary> RunAsync(string? input = null, int? year = null) =>
        Workspace.RunAsync(input ?? RepoRoot.Samples, Clock, year);

    /// <summary>Path → SHA-256 of every file under the output folder except the database (whose pages move).</summary>
    public IReadOnlyDictionary<string, string> Snapshot(params string[] subfolders) =>
        subfolders
            .Select(s => System.IO.Path.Combine(Output, s))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .ToDictionary(p => System.IO.Path.GetRelativePath(Output, p), p => StableId.Sha256Hex(File.ReadAllBytes(p)));

    public void Dispose() => folder.Dispose();
}
