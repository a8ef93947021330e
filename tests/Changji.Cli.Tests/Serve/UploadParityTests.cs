using System.Net;
using Changji.Storage.Local;

namespace Changji.Cli.Tests.Serve;

/// <summary>
/// Files uploaded through the page, one after another, end where the same files dropped into
/// <c>incoming/</c> one after another end (each drop followed by <c>changji run</c>): the same
/// information database rows, curated Parquet and alert messages.
/// </summary>
public sealed class UploadParityTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Upload_EverySample_SameFactsAndCuratedAsChangjiRun()
    {
        var dropped = folder.Combine("dropped");
        var dropZone = folder.Combine("incoming");
        var local = new LocalOutput(dropped);
        await using var served = await ServedSteward.StartAsync();
        foreach (var file in Directory.EnumerateFiles(RepoRoot.Samples, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepoRoot.Samples, file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dropZone, relative))!);
            File.Copy(file, Path.Combine(dropZone, relative));
            await local.RunAsync(dropZone, FixedClock.InSchoolYear2025());

            var year = int.Parse(Path.GetFileName(Path.GetDirectoryName(file))!, System.Globalization.CultureInfo.InvariantCulture);
            using var response = await served.UploadAsync(year, Path.GetFileName(file), await File.ReadAllBytesAsync(file));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var expected = local.Store;
        var actual = new SqliteInformationStore(Path.Combine(served.Output, "infodb.sqlite"));
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            Assert.Equal(Pipeline.PipelineJson.Serialize(await expected.LoadYearAsync(year)), Pipeline.PipelineJson.Serialize(await actual.LoadYearAsync(year)));
        }

        Assert.Equal(
            (await expected.ListAsync()).Select(s => (s.Sha256, s.Path, s.Status, s.RowsAccepted, s.RowsRejected)),
            (await actual.ListAsync()).Select(s => (s.Sha256, s.Path, s.Status, s.RowsAccepted, s.RowsRejected)));
        foreach (var table in Directory.EnumerateFiles(Path.Combine(dropped, "curated"), "*.parquet", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(dropped, table);
            Assert.True(File.ReadAllBytes(table).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(served.Output, relative))), relative);
        }

        Assert.Equal(await expected.LoadAsync(), await actual.LoadAsync());
        Assert.Equal(
            Directory.GetFiles(local.OutboxFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(served.Output, "outbox")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    public void Dispose() => folder.Dispose();
}
