using Changji.Pipeline.Tests.Support;

namespace Changji.Pipeline.Tests.Curated;

/// <summary>fact_alert carries what the office reads (rule and severity in Chinese) and the ledger's years (docs/outputs.md §2), read back by DuckDB.</summary>
public sealed class FactAlertColumnsTests : IClassFixture<FactAlertColumnsTests.Published>
{
    private readonly Published published;

    public FactAlertColumnsTests(Published published) => this.published = published;

    public sealed class Published : IAsyncLifetime, IDisposable
    {
        public SampleRun Run { get; } = new();
        public Task InitializeAsync() => Run.RunAsync();
        public Task DisposeAsync() => Task.CompletedTask;
        public void Dispose() => Run.Dispose();
    }

    [Fact]
    public void RuleAndSeverity_EveryAlert_AreNamedInChinese()
    {
        var rows = Query("SELECT rule, rule_zh, severity, severity_zh FROM t");

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string)r[1]!));
        Assert.Contains(rows, r => (string)r[0]! == "cv_over_limit" && (string)r[1]! == "校际差异系数超标" && (string)r[3]! == "高");
    }

    [Fact]
    public void Years_ResolvedAlerts_CloseInALaterYearThanTheyOpened()
    {
        var rows = Query("SELECT opened_year, resolved_year, year FROM t WHERE status = 'resolved'");

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(Convert.ToInt64(r[1]) > Convert.ToInt64(r[0]) && Convert.ToInt64(r[0]) == Convert.ToInt64(r[2])));
    }

    [Fact]
    public void DueDate_EveryAlert_IsADateColumnFilledWithOwnersWhereThePlanNamesThem()
    {
        var type = Query("SELECT typeof(due_date) FROM t LIMIT 1").Single()[0];

        Assert.Equal("DATE", type);
        Assert.Equal(0L, Convert.ToInt64(Query("SELECT count(*) FROM t WHERE due_date IS NULL OR overdue IS NULL").Single()[0]));
        Assert.Contains(Query("SELECT measures, responsible_units FROM t WHERE rule = 'cv_over_limit'"), r => (string?)r[0] is { Length: > 0 } && (string?)r[1] is { Length: > 0 });
    }

    private List<object?[]> Query(string sql) => CuratedQuery.Rows(published.Run.Workspace.CuratedFolder, "fact_alert", sql);
}
