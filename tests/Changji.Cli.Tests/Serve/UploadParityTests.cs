using System.Net;
using Changji.Pipeline.Curated;
using Changji.Storage.Local;

namespace Changji.Cli.Tests.Serve;

/// <summary>
/// Files uploaded through the page, one after another, end where the same files dropped into
/// <c>incoming/</c> one after another end (each drop followed by <c>changji run</c>): the same
/// information database rows, curated Parquet (the uploader's name and id aside) and alert messages.
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
            var uploadedBytes = File.ReadAllBytes(Path.Combine(served.Output, relative));
            switch (Path.GetFileNameWithoutExtension(table))
            {
                // The two tables that say who uploaded differ in exactly that: the page's uploads name the steward.
                case CuratedTables.FactSubmission:
                    var submissions = await ParquetTable.ReadAsync<FactSubmissionRow>(uploadedBytes);
                    Assert.All(submissions, r => Assert.Equal((ServedSteward.Steward.Name, ServedSteward.Steward.Id), (r.UploadedBy, r.UploadedById)));
                    Assert.Equal(await ParquetTable.ReadAsync<FactSubmissionRow>(File.ReadAllBytes(table)), submissions.Select(r => r with { UploadedBy = null, UploadedById = null }));
                    break;
                case CuratedTables.FactDataQuality:
                    var findings = await ParquetTable.ReadAsync<FactDataQualityRow>(uploadedBytes);
                    Assert.All(findings.Where(f => f.Sha256.Length > 0), r => Assert.Equal(ServedSteward.Steward.Name, r.UploadedBy));
                    Assert.Equal(await ParquetTable.ReadAsync<FactDataQualityRow>(File.ReadAllBytes(table)), findings.Select(r => r with { UploadedBy = null, UploadedById = null }));
                    break;
                default:
                    Assert.True(File.ReadAllBytes(table).AsSpan().SequenceEqual(uploadedBytes), relative);
                    break;
            }
        }

        Assert.Equal(await expected.LoadAsync(), await actual.LoadAsync());
        Assert.Equal(
            Directory.GetFiles(local.OutboxFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(served.Output, "outbox")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    public void Dispose() => folder.Dispose();
}
