using System.Globalization;
using Changji.Pipeline.Curated;
using Changji.Pipeline.Tests.Support;

namespace Changji.Pipeline.Tests.Counties;

/// <summary>
/// Two counties in one run give each county exactly what it gets when its files are run alone (issue 10):
/// the samples' 2023–2024 files as the home county 昌吉市, the same data as 阜康市 with a county column.
/// </summary>
public sealed class TwoCountyRunTests : IClassFixture<TwoCountyRunTests.Runs>
{
    private const string Home = "652301";
    private readonly Runs runs;

    public TwoCountyRunTests(Runs runs) => this.runs = runs;

    public sealed class Runs : IAsyncLifetime, IDisposable
    {
        private readonly TempFolder folder = new();

        public LocalOutput HomeAlone { get; private set; } = null!;
        public LocalOutput OtherAlone { get; private set; } = null!;
        public LocalOutput Both { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            int[] years = [2023, 2024];
            SecondCounty.Write(years, folder.Combine("in-home"), null);
            SecondCounty.Write(years, null, folder.Combine("in-other"));
            SecondCounty.Write(years, folder.Combine("in-both"), folder.Combine("in-both"));
            HomeAlone = await RunAsync("home");
            OtherAlone = await RunAsync("other");
            Both = await RunAsync("both");
        }

        private async Task<LocalOutput> RunAsync(string name)
        {
            var output = new LocalOutput(folder.Combine("out-" + name));
            await output.RunAsync(folder.Combine("in-" + name), FixedClock.InSchoolYear2025());
            return output;
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => folder.Dispose();
    }

    public static TheoryData<string> CountyTables() =>
    [
        CuratedTables.DimSchool, CuratedTables.FactSchoolIndicator, CuratedTables.FactSchoolCompliance, CuratedTables.FactCountyVariation,
        CuratedTables.FactCountyIndicator, CuratedTables.FactCountyVerdict, CuratedTables.FactAlert, CuratedTables.DimCounty,
    ];

    [Theory]
    [MemberData(nameof(CountyTables))]
    public void Table_TwoCountiesInOneRun_GiveEachCountyWhatItGetsAlone(string table)
    {
        foreach (var (code, alone) in new[] { (Home, runs.HomeAlone), (SecondCounty.Code, runs.OtherAlone) })
        {
            var expected = Rows(alone, table, code);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Rows(runs.Both, table, code));
        }
    }

    [Fact]
    public void Curated_SecondCountyRunAlone_HasNoRowOfTheHomeCountyButItsFileFindings()
    {
        Assert.Empty(Rows(runs.OtherAlone, CuratedTables.FactSchoolIndicator, Home));
        Assert.Empty(Rows(runs.OtherAlone, CuratedTables.DimSchool, Home));
    }

    [Fact]
    public async Task Submissions_TwoCountiesInOneRun_EachFileRecordsTheCountyItsRowsBelongTo()
    {
        var received = await runs.Both.Store.ListAsync();

        Assert.All(received.Where(s => s.Path.Contains(SecondCounty.Name, StringComparison.Ordinal)), s => Assert.Equal([SecondCounty.Code], s.Counties));
        Assert.All(received.Where(s => !s.Path.Contains(SecondCounty.Name, StringComparison.Ordinal)), s => Assert.Equal([Home], s.Counties));
        Assert.Equal(12, received.Count);
    }

    [Fact]
    public void DimCounty_BothCounties_NamedFromTheirFilesOrTheHomeSetting()
    {
        var rows = CuratedQuery.Rows(runs.Both.CuratedFolder, CuratedTables.DimCounty, "SELECT county_code, county_name, prefecture FROM t WHERE year = 2024 ORDER BY county_code");
        Assert.Equal([Home, "昌吉市", "昌吉回族自治州"], rows[0]);
        Assert.Equal([SecondCounty.Code, SecondCounty.Name, null], rows[1]);
    }

    [Fact]
    public void RegionSummary_TwoCountiesEvaluated_CountsBothInEveryArea()
    {
        var rows = CuratedQuery.Rows(runs.Both.CuratedFolder, CuratedTables.FactRegionSummary,
            "SELECT area, counties_evaluated, counties_met + counties_not_met + counties_missing FROM t WHERE year = 2024 ORDER BY sort_order");
        Assert.Equal(7, rows.Count);
        Assert.All(rows, r => Assert.Equal(2, Convert.ToInt32(r[1], CultureInfo.InvariantCulture)));
        Assert.All(rows, r => Assert.Equal(2, Convert.ToInt32(r[2], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Alerts_SameIssueInTwoCounties_AreTwoLinesWithTheirOwnIds()
    {
        var home = CuratedQuery.Rows(runs.Both.CuratedFolder, CuratedTables.FactAlert, $"SELECT alert_id FROM t WHERE county_code = '{Home}' AND rule = 'cv_over_limit'");
        var other = CuratedQuery.Rows(runs.Both.CuratedFolder, CuratedTables.FactAlert, $"SELECT alert_id FROM t WHERE county_code = '{SecondCounty.Code}' AND rule = 'cv_over_limit'");
        Assert.NotEmpty(home);
        Assert.Equal(home.Count, other.Count);
        Assert.Empty(home.Select(r => r[0]).Intersect(other.Select(r => r[0])));
    }

    [Fact]
    public void SelfEvaluation_SecondCounty_WrittenInItsOwnFolderUnderItsName()
    {
        var report = Path.Combine(runs.Both.ReportsFolder, "2024", SecondCounty.Code, "自评报告-2024学年.md");
        Assert.StartsWith("# " + SecondCounty.Name + "县域义务教育优质均衡发展", File.ReadAllText(report), StringComparison.Ordinal);
        Assert.StartsWith("# 昌吉市县域", File.ReadAllText(Path.Combine(runs.Both.ReportsFolder, "2024", "自评报告-2024学年.md")), StringComparison.Ordinal);
    }

    private static List<string> Rows(LocalOutput output, string table, string county) =>
        CuratedQuery.Rows(output.CuratedFolder, table, $"SELECT * FROM t WHERE county_code = '{county}' ORDER BY ALL")
            .Select(r => string.Join("|", r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))))
            .ToList();
}
