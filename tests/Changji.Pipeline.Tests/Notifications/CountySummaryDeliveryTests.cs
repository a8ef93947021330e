using System.Text.Json;
using Changji.Pipeline.Notifications;
using Changji.Testing.Notifications;

namespace Changji.Pipeline.Tests.Notifications;

/// <summary>Channels that want a county's picture: per-school events summarised, counties chosen; over real HTTP on loopback.</summary>
public sealed class CountySummaryDeliveryTests : IDisposable
{
    private readonly NotificationFixture fixture = new();

    private static Changji.Pipeline.Alerts.AlertMessage School(string id, string school, string? county = null) =>
        NotificationFixture.Message(id) with { SchoolCode = school, Subject = school, CountyCode = county };

    private static Changji.Pipeline.Alerts.AlertMessage CountyItem(string id) =>
        NotificationFixture.Message(id) with { SchoolCode = null, Subject = "county", Rule = "cv_over_limit", RuleNameZh = "校际差异系数超标" };

    private string Content(int i) =>
        JsonDocument.Parse(fixture.Server.Requests.ElementAt(i).Text).RootElement.GetProperty("markdown").GetProperty("content").GetString()!;

    [Fact]
    public async Task Summary_ThreeSchoolEventsAndACountyItem_OneSummaryAndTheItemEachOnce()
    {
        await fixture.AddAsync(School("m1", "6523010001"), School("m2", "6523010002"), School("m3", "6523010003"), CountyItem("m4"));
        Channel[] channels = [fixture.Channel(ChannelType.WeCom, "send?key=k") with { SummarisesSchools = true }];

        var first = await fixture.Delivery.RunAsync(channels);
        var again = await fixture.Delivery.RunAsync(channels);

        Assert.Equal(4, first.Delivered);
        Assert.Equal(0, again.Delivered);
        Assert.Equal(2, fixture.Server.Requests.Count);
        Assert.Contains("校际差异系数超标", Content(0), StringComparison.Ordinal);
        Assert.StartsWith("**【督导预警】昌吉市 2023学年 3 所学校新增预警：学校指标低于最低值**", Content(1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counties_ChannelOfOneCounty_ReceivesOnlyThatCountysAlerts()
    {
        await fixture.AddAsync(School("m1", "6523010001"), School("m2", "6530010002", county: "652302"));
        Channel[] channels =
        [
            fixture.Channel(ChannelType.WeCom, "home?key=k", name: "昌吉市群") with { Counties = ["652301"] },
            fixture.Channel(ChannelType.WeCom, "fukang?key=k", name: "阜康市群") with { Counties = ["652302"], SummarisesSchools = true },
        ];

        var result = await fixture.Delivery.RunAsync(channels);

        Assert.Equal(2, result.Delivered);
        Assert.Single(fixture.Server.Requests, r => r.RawUrl.StartsWith("/home", StringComparison.Ordinal));
        var fukang = Assert.Single(fixture.Server.Requests, r => r.RawUrl.StartsWith("/fukang", StringComparison.Ordinal));
        Assert.Contains("652302 2023学年 1 所学校", fukang.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ChannelsFile_SchoolsBoth_GivesTheChannelAndASummaryTwinOfItsOwnName()
    {
        const string json = """{ "channels": [ { "name": "督导室群", "type": "webhook", "url": "https://example.org/h", "schools": "both", "counties": ["652301"] } ] }""";

        var channels = ChannelsFile.Parse(json, _ => null);

        Assert.Equal(["督导室群", "督导室群（学校汇总）"], channels.Select(c => c.Name));
        Assert.Equal([false, true], channels.Select(c => c.SummarisesSchools));
        Assert.All(channels, c => Assert.Equal(["652301"], c.Counties));
    }

    [Fact]
    public void ChannelsFile_CountyNotSixDigits_RefusedNamingTheField()
    {
        const string json = """{ "channels": [ { "name": "督导室群", "type": "webhook", "url": "https://example.org/h", "counties": ["6523"] } ] }""";

        var error = Assert.Throws<ChannelsFileException>(() => ChannelsFile.Parse(json, _ => null));

        Assert.Contains("counties", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => fixture.Dispose();
}
