using System.Text.Json;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Notifications;

namespace Changji.Pipeline.Tests.Notifications;

public sealed class CountySummaryTests
{
    private static AlertMessage Below(int school, string? county = null, string eventType = "opened", int year = 2024) => new()
    {
        MessageId = $"m{school}{county}{eventType}{year}",
        AlertId = $"a{school}",
        EventType = eventType,
        Rule = AlertRule.SchoolBelowFloor.Code,
        RuleNameZh = AlertRule.SchoolBelowFloor.NameZh,
        Severity = "high",
        Year = year,
        Subject = $"第{school}小学（36520100{school:D2}）",
        SchoolCode = $"36520100{school:D2}",
        MessageZh = $"第{school}小学 L1 低于最低值",
        OccurredAtUtc = new DateTime(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc),
        CountyCode = county,
    };

    [Fact]
    public void Groups_PerSchoolEvents_OneGroupPerCountyRuleYearAndKind()
    {
        AlertMessage[] messages =
        [
            Below(1), Below(2), Below(3, "652302"), Below(4, eventType: "resolved"), Below(5, year: 2025),
            Below(6) with { SchoolCode = null, Subject = "county" },
        ];

        var groups = CountySummary.Groups(messages).Select(g => g.Select(m => m.MessageId).ToList()).ToList();

        Assert.Equal(4, groups.Count);
        Assert.Equal([messages[0].MessageId, messages[1].MessageId], groups[0]);
        Assert.DoesNotContain(groups, g => g.Contains(messages[5].MessageId));
    }

    [Fact]
    public void Of_TwelveSchools_TitleSaysHowManyAndWhatAndListsEverySchool()
    {
        var group = Enumerable.Range(1, 12).Select(i => Below(i)).ToList();

        var summary = CountySummary.Of(group, "昌吉市");

        Assert.Equal("【督导预警】昌吉市 2024学年 12 所学校新增预警：学校指标低于最低值", summary.Title);
        Assert.Equal(12, summary.Plain.Split('\n').Count(l => l.Contains("L1 低于最低值", StringComparison.Ordinal)));
        Assert.StartsWith("**【督导预警】", summary.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_MoreSchoolsThanListed_CountsTheRestAndTheJsonCarriesEveryEvent()
    {
        var group = Enumerable.Range(1, CountySummary.MaxListed + 5).Select(i => Below(i, "652302")).ToList();

        var summary = CountySummary.Of(group, "阜康市");

        Assert.Contains("另有 5 所学校", summary.Plain, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(summary.Json);
        Assert.Equal(group.Count, json.RootElement.GetProperty("summary").GetProperty("count").GetInt32());
        Assert.Equal("652302", json.RootElement.GetProperty("summary").GetProperty("countyCode").GetString());
        Assert.Equal(group.Count, json.RootElement.GetProperty("messages").GetArrayLength());
    }
}
