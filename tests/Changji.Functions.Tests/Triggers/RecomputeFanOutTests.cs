using System.Text;
using System.Text.RegularExpressions;
using Azure.Storage.Queues;
using Changji.Functions.Tests.Support;
using Changji.Pipeline;
using Changji.Pipeline.Curated;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Submissions;
using Changji.Pipeline.UseCases;
using Changji.Pipeline.Tests.Counties;
using Changji.Storage.Azure.Queues;
using Changji.Storage.Local;
using Changji.Testing.Azure;

namespace Changji.Functions.Tests.Triggers;

/// <summary>
/// The recompute fanned out per county (docs/azure.md, "Several counties in Azure"): a store of two counties
/// (the samples as 昌吉市 and as 阜康市, <see cref="SecondCounty"/>) recomputed by one <c>recompute-requests</c>
/// message per county, each delivered to <c>RecomputeYear</c> as the queue trigger would, publishes exactly the
/// curated files and alert ledger of <c>changji run</c> on the same input; a file of one county is recomputed in
/// its ingest's run, a file of two is sent as two requests.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class RecomputeFanOutTests(AzuriteFixture azurite)
{
    private const string Home = "652301";

    [Fact]
    public async Task RecomputeYear_TwoCountyStore_OneRequestPerCountyThenSameCuratedFilesAsLocal()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        using var temp = new TempFolder();
        var input = temp.Combine("in");
        SecondCounty.Write([2023, 2024], input, input);
        foreach (var file in Files(input))
        {
            // Received without their recompute, as if their events' runs had stopped right after the commit.
            await app.UploadAsync(file);
            await app.Receive.RunAsync((await app.Get<IIncomingStore>().GetAsync(file.Path))!);
        }

        await app.RecomputeYear.RunAsync(RecomputeRequest.Create(2023), CancellationToken.None);
        var requests = await TakeRecomputeRequestsAsync(app);
        Assert.Equal([(2023, Home), (2023, SecondCounty.Code)], requests.Select(RecomputeRequest.Of));
        Assert.Empty(await CuratedSnapshot.OfContainerAsync(app.Curated)); // nothing recomputed in the fanning run
        foreach (var request in requests)
        {
            await app.RecomputeYear.RunAsync(request, CancellationToken.None);
        }

        // The county runs left the step spanning counties to region requests, delivered to the trigger as well.
        var regions = await TakeRecomputeRequestsAsync(app);
        Assert.NotEmpty(regions);
        Assert.All(regions, r => Assert.True(RecomputeRequest.IsRegion(r)));
        foreach (var request in regions)
        {
            await app.RecomputeYear.RunAsync(request, CancellationToken.None);
        }

        var local = new LocalOutput(temp.Combine("out"));
        await local.RunAsync(input, app.Clock);
        await AssertSameAsLocalAsync(app, local);
        Assert.Empty(await TakeRecomputeRequestsAsync(app));
        Assert.Empty(await app.Get<IRegionMarks>().DueAsync());
    }

    [Fact]
    public async Task RecomputeYear_TwoCountyRequestsAtOnce_SameCuratedFilesAsLocal()
    {
        // The county runs hold no region lock and merge no manifest; the region steps do, each first manifest read waiting for
        // another's: without locks/region around the step two steps would merge into the same old manifest.
        var app = await AzureTestApp.CreateAsync(azurite, inner => new MeetingPublisher(inner, TimeSpan.FromSeconds(3)));
        using var temp = new TempFolder();
        var input = temp.Combine("in");
        SecondCounty.Write([2024], input, input);
        foreach (var file in Files(input))
        {
            await app.UploadAsync(file);
            await app.Receive.RunAsync((await app.Get<IIncomingStore>().GetAsync(file.Path))!);
        }

        // Two instances, one county each, at once.
        await Task.WhenAll(
            Task.Run(() => app.RecomputeYear.RunAsync(RecomputeRequest.Create(2024, Home), CancellationToken.None)),
            Task.Run(() => app.RecomputeYear.RunAsync(RecomputeRequest.Create(2024, SecondCounty.Code), CancellationToken.None)));
        await Task.WhenAll((await TakeRecomputeRequestsAsync(app)).Select(r => Task.Run(() => app.RecomputeYear.RunAsync(r, CancellationToken.None))));

        var local = new LocalOutput(temp.Combine("out"));
        await local.RunAsync(input, app.Clock);
        await AssertSameAsLocalAsync(app, local);
    }

    [Fact]
    public async Task IngestFile_OneCountyFile_RecomputedInItsRunAndNoRequestSent()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        using var temp = new TempFolder();
        var input = temp.Combine("in");
        SecondCounty.Write([2024], null, input);
        var file = Files(input).First(f => f.Path.Contains("school_statistics", StringComparison.Ordinal));

        await app.IngestAsync(file);

        Assert.Empty(await TakeRecomputeRequestsAsync(app));
        Assert.Equal([SecondCounty.Code], Assert.Single(await app.Store.ListAsync()).Counties);
        Assert.Contains($"fact_county_verdict/year=2024/county={SecondCounty.Code}/fact_county_verdict.parquet", (await CuratedSnapshot.OfContainerAsync(app.Curated)).Keys);
    }

    [Fact]
    public async Task IngestFile_TwoCountyFile_OneRequestPerCountyThenSameCuratedFilesAsLocal()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        using var temp = new TempFolder();
        var input = temp.Combine("in");
        var file = TwoCountyFile(temp, input);

        await app.IngestAsync(file);
        var requests = await TakeRecomputeRequestsAsync(app);

        Assert.Equal([Home, SecondCounty.Code], Assert.Single(await app.Store.ListAsync()).Counties);
        Assert.Equal([(2024, Home), (2024, SecondCounty.Code)], requests.Select(RecomputeRequest.Of));
        Assert.Empty(await CuratedSnapshot.OfContainerAsync(app.Curated));
        foreach (var request in requests)
        {
            await app.RecomputeYear.RunAsync(request, CancellationToken.None);
        }

        await RunRegionRequestsAsync(app);
        var local = new LocalOutput(temp.Combine("out"));
        await local.RunAsync(input, app.Clock);
        await AssertSameAsLocalAsync(app, local);
    }

    [Fact]
    public async Task Reconcile_TwoCountyStore_CurrentYearSentAsOneRequestPerCounty()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        using var temp = new TempFolder();
        var input = temp.Combine("in");
        SecondCounty.Write([2024], null, input);
        await app.IngestAsync(Files(input)[0]);
        Assert.Empty(await TakeRecomputeRequestsAsync(app));

        await app.ReconcileAsync();

        Assert.Equal([(2025, Home), (2025, SecondCounty.Code)], (await TakeRecomputeRequestsAsync(app)).Select(RecomputeRequest.Of));
    }

    [Fact]
    public async Task RecomputeYear_ManyCountyRuns_OneRegionStepPerYear()
    {
        var app = await AzureTestApp.CreateAsync(azurite);
        using var temp = new TempFolder();
        var input = temp.Combine("in");
        SecondCounty.Write([2023, 2024], input, input);
        foreach (var file in Files(input))
        {
            await app.UploadAsync(file);
            await app.Receive.RunAsync((await app.Get<IIncomingStore>().GetAsync(file.Path))!);
        }

        // Six county runs, two at a time, as several instances take them.
        (int Year, string County)[][] rounds = [[(2023, Home), (2023, SecondCounty.Code)], [(2024, Home), (2024, SecondCounty.Code)], [(2023, SecondCounty.Code), (2023, Home)]];
        foreach (var round in rounds)
        {
            await Task.WhenAll(round.Select(r => Task.Run(() => app.RecomputeYear.RunAsync(RecomputeRequest.Create(r.Year, r.County), CancellationToken.None))));
        }

        var due = await app.Get<IRegionMarks>().DueAsync();
        var (requests, steps) = await RunRegionRequestsAsync(app);

        Assert.Contains(2023, due);
        Assert.Contains(2024, due);
        // Each county run asks for every year due when it ended (at least its own; a run of the first round may end before the other marks)...
        Assert.InRange(requests, 6, 6 * due.Count);
        Assert.Equal(due.Count, steps); // ...and the marks let one step per year run
        Assert.True(steps < 6);
        var local = new LocalOutput(temp.Combine("out"));
        await local.RunAsync(input, app.Clock);
        await AssertSameAsLocalAsync(app, local);
    }

    [Fact]
    public async Task RecomputeYear_CountyPublishesDuringRegionStep_LaterStepIncludesIt()
    {
        HookPublisher? hook = null;
        var app = await AzureTestApp.CreateAsync(azurite, inner => hook = new HookPublisher(inner));
        using var temp = new TempFolder();
        var input = temp.Combine("in");
        SecondCounty.Write([2024], input, input);
        foreach (var file in Files(input))
        {
            await app.UploadAsync(file);
            await app.Receive.RunAsync((await app.Get<IIncomingStore>().GetAsync(file.Path))!);
        }

        await app.RecomputeYear.RunAsync(RecomputeRequest.Create(2024, Home), CancellationToken.None);
        var summaryAfterFirstStep = Array.Empty<byte>();
        hook!.BeforeManifestRead = async year =>
        {
            // 阜康市 publishes after the step of 2024 read the counties' files, before it writes the manifest and clears the mark.
            hook.BeforeManifestRead = null;
            Assert.Equal(2024, year);
            await app.RecomputeYear.RunAsync(RecomputeRequest.Create(2024, SecondCounty.Code), CancellationToken.None);
        };
        var fanOut = app.Get<RecomputeFanOut>();
        var first = (await TakeRecomputeRequestsAsync(app)).Select(RecomputeRequest.YearOf).ToList();
        Assert.Contains(2024, first);
        Assert.True(await fanOut.RegionAsync(2024));
        Assert.Null(hook.BeforeManifestRead);
        summaryAfterFirstStep = (await CuratedSnapshot.OfContainerAsync(app.Curated))["fact_region_summary/year=2024/fact_region_summary.parquet"];

        // 2024 stays due: the county's mark changed while the step ran, and its own region request brings the step again.
        Assert.NotNull(await app.Get<IRegionMarks>().ReadAsync(2024));
        foreach (var year in first.Where(y => y != 2024))
        {
            await fanOut.RegionAsync(year);
        }

        var (_, steps) = await RunRegionRequestsAsync(app);
        Assert.True(steps >= 1);
        var local = new LocalOutput(temp.Combine("out"));
        await local.RunAsync(input, app.Clock);
        await AssertSameAsLocalAsync(app, local);
        Assert.NotEqual(summaryAfterFirstStep, (await CuratedSnapshot.OfContainerAsync(app.Curated))["fact_region_summary/year=2024/fact_region_summary.parquet"]);
    }

    /// <summary>Runs every region request on the queue, as the trigger would, until none is left: how many there were and how many steps ran.</summary>
    private async Task<(int Requests, int Steps)> RunRegionRequestsAsync(AzureTestApp app)
    {
        var fanOut = app.Get<RecomputeFanOut>();
        var (requests, steps) = (0, 0);
        while (await TakeRecomputeRequestsAsync(app) is { Count: > 0 } taken)
        {
            foreach (var request in taken)
            {
                Assert.True(RecomputeRequest.IsRegion(request));
                requests++;
                steps += await fanOut.RegionAsync(RecomputeRequest.YearOf(request)) ? 1 : 0;
            }
        }

        return (requests, steps);
    }

    /// <summary>The curated Parquet row for row, each year's manifest listing exactly the year's files, and the alert ledger.</summary>
    private static async Task AssertSameAsLocalAsync(AzureTestApp app, LocalOutput local)
    {
        var expected = CuratedSnapshot.OfFolder(local.CuratedFolder);
        var actual = await CuratedSnapshot.OfContainerAsync(app.Curated);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            await CuratedSnapshot.AssertSameRowsAsync(path, bytes, actual[path]);
        }

        // Each county's run merged its files into the manifests: none lost to the other's.
        var publisher = app.Get<ICuratedPublisher>();
        foreach (var year in actual.Keys.Select(YearOf).Distinct())
        {
            var manifest = PipelineJson.Deserialize<CuratedManifest>(Encoding.UTF8.GetString((await publisher.ReadManifestAsync(year))!));
            Assert.Equal(actual.Keys.Where(k => YearOf(k) == year), manifest.Files.Select(f => f.Path));
        }

        Assert.Equal(await local.Store.LoadAsync(), await app.Store.LoadAsync());
    }

    /// <summary>Takes every message of <c>recompute-requests</c> off the queue, as stored (Base64 or plain).</summary>
    private async Task<List<string>> TakeRecomputeRequestsAsync(AzureTestApp app)
    {
        var queue = new QueueClient(azurite.ConnectionString, app.Storage.Names.RecomputeQueue);
        await queue.CreateIfNotExistsAsync();
        var taken = new List<string>();
        while ((await queue.ReceiveMessagesAsync(32)).Value is { Length: > 0 } messages)
        {
            foreach (var message in messages)
            {
                taken.Add(message.Body.ToString());
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }

        return taken;
    }

    /// <summary>阜康市's school statistics of 2024 with 昌吉市's rows beside them in the same file (the samples' codes and a county column).</summary>
    private static IncomingFile TwoCountyFile(TempFolder temp, string input)
    {
        var other = temp.Combine("fukang");
        SecondCounty.Write([2024], null, other);
        var source = Directory.EnumerateFiles(Path.Combine(other, "2024"), "*school_statistics*").Single();
        var lines = File.ReadAllText(source, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var suffix = $",{SecondCounty.Code},{SecondCounty.Name}";
        var home = lines.Skip(1).Select(l => OtherSchoolCode().Replace(l[..^suffix.Length], "36520$1") + $",{Home},昌吉市");
        var path = Path.Combine(input, "2024", "两县-school_statistics_2024.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join('\n', [.. lines, .. home]) + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return Files(input).Single();
    }

    private static int YearOf(string curatedPath) =>
        int.Parse(curatedPath.Split('/')[1]["year=".Length..], System.Globalization.CultureInfo.InvariantCulture);

    private static IReadOnlyList<IncomingFile> Files(string folder)
    {
        var incoming = new LocalIncomingFolder(folder);
        return incoming.ListAsync().GetAwaiter().GetResult()
            .Select(e => incoming.GetAsync(e.Path).GetAwaiter().GetResult()!)
            .ToList();
    }

    [GeneratedRegex(@"(?<!\d)36530(\d{5})(?!\d)")]
    private static partial Regex OtherSchoolCode();

    /// <summary>Runs <see cref="BeforeManifestRead"/> before a manifest is read: the last read of a step spanning counties.</summary>
    private sealed class HookPublisher(ICuratedPublisher inner) : ICuratedPublisher
    {
        public Func<int, Task>? BeforeManifestRead { get; set; }

        public Task PublishAsync(IReadOnlyList<CuratedFile> files, CancellationToken cancellationToken = default) => inner.PublishAsync(files, cancellationToken);

        public Task<IReadOnlyList<CuratedFile>> ReadYearAsync(string table, int year, CancellationToken cancellationToken = default) =>
            inner.ReadYearAsync(table, year, cancellationToken);

        public async Task<byte[]?> ReadManifestAsync(int year, CancellationToken cancellationToken = default)
        {
            if (BeforeManifestRead is { } hook)
            {
                await hook(year);
            }

            return await inner.ReadManifestAsync(year, cancellationToken);
        }

        public Task WriteManifestAsync(int year, byte[] content, CancellationToken cancellationToken = default) => inner.WriteManifestAsync(year, content, cancellationToken);
    }

    /// <summary>
    /// Holds the first manifest read of each run until the other run's arrives (or <paramref name="patience"/> passes),
    /// so two runs merge their manifests at the same moment unless something keeps them apart.
    /// </summary>
    private sealed class MeetingPublisher(ICuratedPublisher inner, TimeSpan patience) : ICuratedPublisher
    {
        private readonly TaskCompletionSource met = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int arrived;

        public Task PublishAsync(IReadOnlyList<CuratedFile> files, CancellationToken cancellationToken = default) => inner.PublishAsync(files, cancellationToken);

        public Task<IReadOnlyList<CuratedFile>> ReadYearAsync(string table, int year, CancellationToken cancellationToken = default) =>
            inner.ReadYearAsync(table, year, cancellationToken);

        public async Task<byte[]?> ReadManifestAsync(int year, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref arrived) >= 2)
            {
                met.TrySetResult();
            }

            await Task.WhenAny(met.Task, Task.Delay(patience, cancellationToken));
            return await inner.ReadManifestAsync(year, cancellationToken);
        }

        public Task WriteManifestAsync(int year, byte[] content, CancellationToken cancellationToken = default) => inner.WriteManifestAsync(year, content, cancellationToken);
    }
}
