using System.Text.Json;
using Changji.Evaluation.Catalogue;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Tests.Support;

namespace Changji.Pipeline.Tests.UseCases;

/// <summary>
/// The rectification ledger on the committed samples (docs/outputs.md §2–§3): owners from the plan,
/// due dates by severity, and a run "as of" a year later finding the still-open lines overdue, once.
/// </summary>
public sealed class RectificationLedgerRunTests : IDisposable
{
    private static readonly RectificationPlan Plan = Catalogue.Builtin.Get("changji-2022").Plan!;
    private readonly SampleRun run = new();
    private readonly TempFolder drop = new();

    [Fact]
    public async Task Owners_L4AlertOnTheSamples_AreTheUnitsOfTheMeasuresThePlanAssigns()
    {
        await run.RunAsync();
        // One school's teaching area shrinks in the latest year: its L4 falls below the floor.
        var year = await run.Workspace.Store.LoadYearAsync(2025);
        var school = year.Schools.First(s => s.TeachingAreaM2 is > 0 && s.PrimaryStudents + s.JuniorStudents > 0);
        Directory.CreateDirectory(drop.Combine("2025"));
        File.WriteAllBytes(drop.Combine("2025", "更正-学校基础数据.csv"), StatisticsCsv.Write([school with { TeachingAreaM2 = school.TeachingAreaM2 * 0.3 }]));

        await run.RunAsync(drop.Path);

        var line = (await run.Workspace.Store.LoadAsync()).First(a => a.Rule == AlertRule.SchoolBelowFloor.Code && a.IndicatorCode == "L4" && a.Status == AlertStatus.Open);
        var assigned = new[] { 7, 6 };
        Assert.Equal(assigned, line.Measures);
        var units = assigned.SelectMany(n => Plan.Measure(n).Units).Distinct().ToList();
        Assert.Equal(units, line.ResponsibleUnits);
        var row = Query($"SELECT responsible_units, measures FROM t WHERE alert_id = '{line.AlertId}'").Single();
        Assert.Equal(string.Join("、", units), row[0]);
        Assert.Equal("7,6", row[1]);
    }

    [Fact]
    public async Task DueDate_AlertsOf2023_ByTheirSeverityFromTheBeijingDayTheyOpened()
    {
        await run.RunAsync();

        var rows = Query("SELECT severity, opened_at, due_date, overdue, responsible_units FROM t WHERE opened_year = 2023");

        Assert.NotEmpty(rows);
        var settings = AlertSettings.Default;
        Assert.All(rows, r =>
        {
            var severity = AlertSeverityCodes.Map.Parse((string)r[0]!);
            var opened = DateOnly.FromDateTime(((DateTime)r[1]!).AddHours(8));
            Assert.Equal(opened.AddDays(settings.RectificationDays[severity]), (DateOnly)r[2]!);
            Assert.Equal(false, r[3]);
            Assert.False(string.IsNullOrEmpty((string?)r[4]));
        });
    }

    [Fact]
    public async Task Overdue_AsOfAYearLater_StillOpenLinesAreOverdueWithOneMessageEachAndARerunWritesNone()
    {
        await run.RunAsync();
        var before = await run.Workspace.Store.LoadAsync();
        var stillOpen = before.Where(a => a.Status == AlertStatus.Open).ToList();
        Assert.NotEmpty(stillOpen);
        var asOf = new Dictionary<string, string?> { ["AsOf"] = run.Clock.Now.AddYears(1).AddDays(1).ToString("yyyy-MM-ddTHH:mmzzz", System.Globalization.CultureInfo.InvariantCulture) };

        await run.Workspace.RunAsync(RepoRoot.Samples, null, settings: asOf);

        var after = (await run.Workspace.Store.LoadAsync()).ToDictionary(a => a.AlertId);
        var overdueMessages = OutboxMessages().Where(m => m.GetProperty("event").GetString() == "overdue").ToList();
        foreach (var line in stillOpen.Select(l => after[l.AlertId]).Where(l => l.Status == AlertStatus.Open))
        {
            Assert.True(line.Overdue, line.Key);
            Assert.Equal(RectificationDeadline.Escalated(AlertSeverityCodes.Map.Parse(line.Severity)).ToCode(), line.DisplayedSeverity);
            Assert.Single(overdueMessages, m => m.GetProperty("alertId").GetString() == line.AlertId);
        }

        Assert.Equal(after.Values.Count(a => a.Overdue), overdueMessages.Count);
        Assert.All(Query("SELECT overdue, status FROM t WHERE opened_year = 2025 AND status = 'open' AND opened_at < TIMESTAMP '2027-01-01'"), r => Assert.Equal(true, r[0]));
        var outbox = Directory.GetFiles(run.Workspace.OutboxFolder).Length;

        await run.Workspace.RunAsync(RepoRoot.Samples, null, settings: asOf);

        Assert.Equal(outbox, Directory.GetFiles(run.Workspace.OutboxFolder).Length);
        Assert.Empty(await run.Workspace.Store.PendingMessagesAsync());
    }

    private List<JsonElement> OutboxMessages() =>
        Directory.GetFiles(run.Workspace.OutboxFolder, "*.json").Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.Clone()).ToList();

    private List<object?[]> Query(string sql) => CuratedQuery.Rows(run.Workspace.CuratedFolder, "fact_alert", sql);

    public void Dispose()
    {
        run.Dispose();
        drop.Dispose();
    }
}
