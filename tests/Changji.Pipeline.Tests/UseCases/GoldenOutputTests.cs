using Changji.Pipeline.Tests.Support;

namespace Changji.Pipeline.Tests.UseCases;

/// <summary>
/// What users see does not change by accident: the committed samples, run at a fixed time, give
/// exactly the curated Parquet, reports and outbox recorded in <c>Golden/sample-outputs.sha256</c>.
/// A deliberate change of output regenerates it with <c>CHANGJI_UPDATE_GOLDEN=1 dotnet test</c>,
/// and the diff of that file shows in review which outputs moved.
/// </summary>
public sealed class GoldenOutputTests : IDisposable
{
    private static readonly string GoldenFile = Path.Combine(RepoRoot.Path, "tests", "Changji.Pipeline.Tests", "UseCases", "Golden", "sample-outputs.sha256");
    private readonly SampleRun run = new();

    [Fact]
    public async Task Samples_AtFixedTime_GiveTheRecordedOutputsByteForByte()
    {
        await run.RunAsync();
        var actual = string.Join('\n', run.Snapshot("curated", "outbox", "raw", "reports")
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Value}  {p.Key.Replace('\\', '/')}")) + "\n";

        if (Environment.GetEnvironmentVariable("CHANGJI_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(GoldenFile, actual);
        }

        Assert.Equal(await File.ReadAllTextAsync(GoldenFile), actual);
    }

    public void Dispose() => run.Dispose();
}
