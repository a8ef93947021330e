using Changji.Evaluation.Results;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Curated;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// What a recompute gathers while it goes county by county: each year's result (the events, the verdicts,
/// the counts), the years whose tables some county published (they get the tables spanning counties), and
/// what was published for the manifests. Small whatever the number of counties: no facts, no ledger lines.
/// </summary>
internal sealed class RecomputeTally(IEnumerable<int> years)
{
    private readonly SortedDictionary<int, Year> byYear = new(years.ToDictionary(y => y, _ => new Year()));

    public List<(int Year, CuratedManifestEntry Entry)> Published { get; } = [];

    public IEnumerable<int> YearsWithTables => byYear.Where(y => y.Value.HasTables).Select(y => y.Key);

    public void Add(int year, string county, CountyEvaluation? evaluation, AlertChanges changes, int findings, bool isHome)
    {
        var tally = byYear[year];
        tally.Messages.AddRange(changes.Messages);
        tally.LinesChanged += changes.Upserts.Count;
        tally.Findings += findings;
        if (evaluation is not null)
        {
            tally.Verdicts[county] = CountyVerdicts.Of(evaluation);
        }

        tally.Home = isHome ? evaluation : tally.Home;
    }

    public void TablesOf(int year) => byYear[year].HasTables = true;

    public void Publish(IEnumerable<CuratedFile> files) => Published.AddRange(files.Select(CuratedManifests.Entry));

    /// <summary>The events only: the lines are in the ledger now, and a national year's would be held to the end of the run.</summary>
    public IReadOnlyList<YearResult> Results() =>
    [
        .. byYear.Select(y => new YearResult(y.Key, y.Value.Home, y.Value.Messages.Count == 0 ? AlertChanges.None : new AlertChanges([], y.Value.Messages), y.Value.Findings)
        {
            Counties = y.Value.Verdicts,
            LedgerLinesChanged = y.Value.LinesChanged,
        }),
    ];

    private sealed class Year
    {
        public List<AlertMessage> Messages { get; } = [];
        public Dictionary<string, CountyVerdicts> Verdicts { get; } = new(StringComparer.Ordinal);
        public CountyEvaluation? Home { get; set; }
        public int LinesChanged { get; set; }
        public int Findings { get; set; }
        public bool HasTables { get; set; }
    }
}
