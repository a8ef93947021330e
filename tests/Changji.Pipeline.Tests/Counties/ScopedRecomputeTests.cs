using System.Text;
using Changji.Cli;
using Changji.Pipeline.Curated;
using Changji.Pipeline.Ports;
using Changji.Pipeline.UseCases;
using Changji.Storage.Local;
using Microsoft.Extensions.DependencyInjection;

namespace Changji.Pipeline.Tests.Counties;

/// <summary>
/// A recompute scoped to one county (issue 10, docs/azure.md): after a correction of 阜康市's 2024 county file,
/// recomputing 阜康市 alone writes exactly what recomputing every county writes, and leaves 昌吉市's own files
/// untouched, byte for byte.
/// </summary>
public sealed class ScopedRecomputeTests : IClassFixture<ScopedRecomputeTests.Runs>
{
    private readonly Runs runs;

    public ScopedRecomputeTests(Runs runs) => this.runs = runs;

    public sealed class Runs : IAsyncLifetime, IDisposable
    {
        private readonly TempFolder folder = new();

        /// <summary>Both counties' 2023–2024 files, run as <c>changji run</c> runs them.</summary>
        public string Before => folder.Combine("out-before");
        /// <summary>Then the correction received and 阜康市 recomputed alone from 2024.</summary>
        public string Scoped => folder.Combine("out-scoped");
        /// <summary>Then the correction received and every county recomputed from 2024.</summary>
        public string Whole => folder.Combine("out-whole");

        public IReadOnlyList<YearResult> ScopedYears { get; private set; } = [];

        public async Task InitializeAsync()
        {
            SecondCounty.Write([2023, 2024], folder.Combine("in"), folder.Combine("in"));
            await new LocalOutput(Before).RunAsync(folder.Combine("in"), FixedClock.InSchoolYear2025());
            var correction = folder.Combine("fix", "2024", SecondCounty.Name + "-县级指标数据-更正.csv");
            Directory.CreateDirectory(Path.GetDirectoryName(correction)!);
            File.WriteAllText(correction, $"学年,指标代码,数值,说明,county_code,county_name\n2024,G1,否,更正,{SecondCounty.Code},{SecondCounty.Name}\n", new UTF8Encoding(true));
            Copy(Before, Scoped);
            Copy(Before, Whole);
            ScopedYears = await ReceiveAndRecomputeAsync(Scoped, SecondCounty.Code);
            await ReceiveAndRecomputeAsync(Whole, null);
        }

        private async Task<IReadOnlyList<YearResult>> ReceiveAndRecomputeAsync(string output, string? county)
        {
            // The clock of the first run: nothing of the home county falls due in between.
            using var services = LocalHost.Build(new LocalFolders(output, folder.Combine("fix")), FixedClock.InSchoolYear2025());
            var incoming = services.GetRequiredService<IIncomingStore>();
            var file = await incoming.GetAsync((await incoming.ListAsync()).Single().Path);
            await services.GetRequiredService<ReceiveFile>().RunAsync(file!);
            return await services.GetRequiredService<IRecomputeYears>().RunAsync(2024, county: county);
        }

        private static void Copy(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
                File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file));
            }
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => folder.Dispose();
    }

    [Fact]
    public void Curated_OneCountyRecomputedAlone_EveryFileAsARecomputeOfEveryCountyWritesIt()
    {
        var scoped = Files(runs.Scoped, "curated");

        Assert.Equal(Files(runs.Whole, "curated").Keys, scoped.Keys);
        Assert.All(scoped, f => Assert.True(f.Value.SequenceEqual(File.ReadAllBytes(Path.Combine(runs.Whole, "curated", f.Key))), f.Key));
    }

    [Fact]
    public void Curated_OneCountyRecomputedAlone_ItsFilesChangedTheHomeCountysUntouched()
    {
        var before = Files(runs.Before, "curated");
        var scoped = Files(runs.Scoped, "curated");
        var other = $"/county={SecondCounty.Code}/";

        Assert.False(scoped[$"{CuratedTables.FactCountyVerdict}/year=2024{other}{CuratedTables.FactCountyVerdict}.parquet"]
            .SequenceEqual(before[$"{CuratedTables.FactCountyVerdict}/year=2024{other}{CuratedTables.FactCountyVerdict}.parquet"]));
        var spanning = new[] { CuratedTables.FactRegionSummary, CuratedTables.FactSubmission, CuratedTables.FactDataQuality, CuratedTables.DimIndicator, "_manifest" };
        var homeOwn = before.Keys.Where(p => !p.Contains(other, StringComparison.Ordinal) && !spanning.Any(t => p.StartsWith(t + "/", StringComparison.Ordinal))).ToList();
        Assert.Contains($"{CuratedTables.FactSchoolIndicator}/year=2024/{CuratedTables.FactSchoolIndicator}.parquet", homeOwn);
        Assert.All(homeOwn, p =>
        {
            Assert.True(before[p].SequenceEqual(scoped[p]), p);
            Assert.Equal(File.GetLastWriteTimeUtc(Path.Combine(runs.Before, "curated", p)), File.GetLastWriteTimeUtc(Path.Combine(runs.Scoped, "curated", p)));
        });
    }

    [Fact]
    public void Reports_OneCountyRecomputedAlone_ItsReportAsTheWholeRecomputeWritesIt()
    {
        var report = Path.Combine("reports", "2024", SecondCounty.Code, "自评报告-2024学年.md");

        Assert.Equal(File.ReadAllText(Path.Combine(runs.Whole, report)), File.ReadAllText(Path.Combine(runs.Scoped, report)));
        Assert.NotEqual(File.ReadAllText(Path.Combine(runs.Before, report)), File.ReadAllText(Path.Combine(runs.Scoped, report)));
    }

    [Fact]
    public void Results_OneCountyRecomputedAlone_OnlyThatCountyEvaluated()
    {
        var year = Assert.Single(runs.ScopedYears, y => y.Year == 2024);

        Assert.Equal([SecondCounty.Code], year.Counties.Keys);
        Assert.Null(year.Evaluation);
        Assert.Contains(year.AlertChanges.Messages, m => m.CountyCode == SecondCounty.Code);
        Assert.DoesNotContain(year.AlertChanges.Messages, m => m.CountyCode is null);
    }

    [Fact]
    public async Task RunAsync_CountyNotACode_Refused()
    {
        using var services = LocalHost.Build(new LocalFolders(runs.Whole, runs.Whole), FixedClock.InSchoolYear2025());

        await Assert.ThrowsAsync<ArgumentException>(() => services.GetRequiredService<IRecomputeYears>().RunAsync(2024, county: "阜康市"));
    }

    /// <summary>Every file under a folder of the output, by path relative to it with forward slashes.</summary>
    private static Dictionary<string, byte[]> Files(string output, string folder)
    {
        var root = Path.Combine(output, folder);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }
}
