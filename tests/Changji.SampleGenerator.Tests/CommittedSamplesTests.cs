using Changji.SampleGenerator.Check;
using Changji.SampleGenerator.Generation;
using Changji.SampleGenerator.Output;
using Changji.SampleGenerator.Readme;

namespace Changji.SampleGenerator.Tests;

/// <summary>The committed samples are exactly what the generator writes: nobody edits them by hand.</summary>
public sealed class CommittedSamplesTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "changji-samples-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Generator_RunAgain_ReproducesTheCommittedSamplesByteForByte()
    {
        var county = SampleCounty.Build();
        var files = SampleSet.Build(county);
        SampleDirectory.Write(folder, files, ReadmeWriter.Write(county, files, CheckReport.Build(county)));

        var committed = Snapshot(Path.Combine(RepoRoot.Path, "samples"));
        var generated = Snapshot(folder);

        Assert.Equal(committed.Keys.Order(StringComparer.Ordinal), generated.Keys.Order(StringComparer.Ordinal));
        Assert.All(committed, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(generated[kv.Key]), $"{kv.Key} differs from the generator's output"));
    }

    private static Dictionary<string, byte[]> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(root, p).Replace('\\', '/'), File.ReadAllBytes);

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
