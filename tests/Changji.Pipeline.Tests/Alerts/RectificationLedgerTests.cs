using Changji.Evaluation.Catalogue;
using Changji.Pipeline.Alerts;

namespace Changji.Pipeline.Tests.Alerts;

/// <summary>Owners, due dates and 逾期 of ledger lines (docs/outputs.md §3), without storage.</summary>
public sealed class RectificationLedgerTests
{
    private static readonly RectificationPlan Plan = Catalogue.Builtin.Get("changji-2022").Plan!;

    // 2024-01-10 23:30 UTC is already 2024-01-11 in Beijing.
    private static readonly DateTime Opened = new(2024, 1, 10, 23, 30, 0, DateTimeKind.Utc);

    private static FiredAlert Fired(AlertRule rule, string? indicator = null, IReadOnlyList<string>? items = null) => new()
    {
        Rule = rule,
        Year = 2023,
        Subject = "county",
        IndicatorCode = indicator,
        Items = items ?? [],
        MessageZh = "某事项未达标",
    };

    private static AlertRecord OpenOne(FiredAlert fired, AlertSettings? settings = null) =>
        Assert.Single(AlertReconciler.Reconcile(2023, [fired.Rule], AlertOwners.Assign(Plan, [fired]), [], Opened, settings).Upserts);

    [Fact]
    public void Owners_CvOfAnIndicator_AreThoseOfTheIndicator()
    {
        var owners = AlertOwners.Of(Plan, Fired(AlertRule.CvOverLimit, "L4"));

        Assert.Equal([7, 6], owners!.Measures);
    }

    [Fact]
    public void Owners_SchoolRule_MergeTheMissedIndicatorsInOrder()
    {
        var owners = AlertOwners.Of(Plan, Fired(AlertRule.SchoolRuleFailed, items: ["L2", "L5"]));

        Assert.Equal([10, 12, 7, 6], owners!.Measures);
    }

    [Fact]
    public void Owners_SizeCap_AreTheRulesOwnersNotTheItems()
    {
        var owners = AlertOwners.Of(Plan, Fired(AlertRule.SizeOverCap, "G4"));

        Assert.Equal([6], owners!.Measures);
    }

    [Fact]
    public void Owners_ImplausibleChange_IsTheDataStewardsOffice()
    {
        var owners = AlertOwners.Of(Plan, Fired(AlertRule.ImplausibleChange, "义务教育在校生数"));

        Assert.Empty(owners!.Measures);
        Assert.Equal(["市教育局"], owners.Units);
    }

    [Fact]
    public void Owners_PoisonQueue_HasNoneAndGoesToOperations()
    {
        var line = OpenOne(Fired(AlertRule.PoisonMessage));
        var message = AlertMessageFactory.Create(line, AlertRule.PoisonMessage, AlertEventType.Opened, 2023, Opened);

        Assert.Null(line.ResponsibleUnits);
        Assert.Equal("operations", message.Audience);
    }

    [Theory]
    [InlineData("high", 90)]
    [InlineData("medium", 180)]
    [InlineData("low", 365)]
    public void DueDate_BySeverity_CountsBeijingDaysFromTheDayItOpened(string severity, int days)
    {
        var rule = AlertRule.All.First(r => r.SeverityCode == severity);

        var line = OpenOne(Fired(rule));

        Assert.Equal(new DateOnly(2024, 1, 11).AddDays(days), line.DueDate);
    }

    [Fact]
    public void DueDate_Settings_ReplaceTheDefaults()
    {
        var settings = AlertSettings.Default with { RectificationDays = new Dictionary<AlertSeverity, int> { [AlertSeverity.High] = 30 } };

        var line = OpenOne(Fired(AlertRule.CvOverLimit, "L4"), settings);

        Assert.Equal(new DateOnly(2024, 2, 10), line.DueDate);
    }

    [Fact]
    public void Escalate_OnTheDueDate_NothingYet()
    {
        var line = OpenOne(Fired(AlertRule.ImplausibleChange, "x"));
        var lastMinute = new DateTime(line.DueDate!.Value.Year, line.DueDate.Value.Month, line.DueDate.Value.Day, 15, 59, 0, DateTimeKind.Utc);

        Assert.True(AlertEscalation.Escalate([line], AlertSettings.Default, lastMinute).IsEmpty);
    }

    [Fact]
    public void Escalate_PastTheDueDate_OneOverdueMessageAndSeverityOneStepHigher()
    {
        var line = OpenOne(Fired(AlertRule.ImplausibleChange, "x"));
        var nextBeijingDay = new DateTime(line.DueDate!.Value.Year, line.DueDate.Value.Month, line.DueDate.Value.Day, 16, 0, 0, DateTimeKind.Utc);

        var changes = AlertEscalation.Escalate([line], AlertSettings.Default, nextBeijingDay);

        var overdue = Assert.Single(changes.Upserts);
        Assert.True(overdue.Overdue);
        Assert.Equal("low", overdue.Severity);
        Assert.Equal("medium", overdue.DisplayedSeverity);
        var message = Assert.Single(changes.Messages);
        Assert.Equal("overdue", message.EventType);
        Assert.Equal("medium", message.Severity);
        Assert.Equal(StableId.Of(line.AlertId, "overdue"), message.MessageId);
        Assert.StartsWith("【逾期未整改】", message.MessageZh, StringComparison.Ordinal);
        Assert.Contains("逾期 1 天", message.MessageZh, StringComparison.Ordinal);
        Assert.Contains("市教育局", message.MessageZh, StringComparison.Ordinal);
        Assert.True(AlertEscalation.Escalate([overdue], AlertSettings.Default, nextBeijingDay.AddDays(30)).IsEmpty);
    }

    [Fact]
    public void Escalate_ResolvedLine_IsNeverOverdue()
    {
        var line = OpenOne(Fired(AlertRule.CvOverLimit, "L4")) with { Status = AlertStatus.Resolved, ResolvedYear = 2024 };

        Assert.True(AlertEscalation.Escalate([line], AlertSettings.Default, Opened.AddYears(3)).IsEmpty);
    }

    [Fact]
    public void Escalate_LineKeptBeforeDueDates_GetsItsDueDate()
    {
        var line = OpenOne(Fired(AlertRule.CvOverLimit, "L4")) with { DueDate = null };

        var changes = AlertEscalation.Escalate([line], AlertSettings.Default, Opened.AddDays(1));

        Assert.Equal(new DateOnly(2024, 4, 10), Assert.Single(changes.Upserts).DueDate);
        Assert.Empty(changes.Messages);
    }

    [Fact]
    public void Reconcile_PlanEdited_OpenLineNamesTheNewOwners()
    {
        var fired = Fired(AlertRule.CvOverLimit, "L4");
        var line = OpenOne(fired);
        var edited = fired with { Owners = new PlanOwners([8], ["市商务和工信局"]) };

        var changes = AlertReconciler.Reconcile(2023, [fired.Rule], [edited], [line], Opened);

        Assert.Equal(["市商务和工信局"], Assert.Single(changes.Upserts).ResponsibleUnits);
        Assert.Empty(changes.Messages);
    }
}
