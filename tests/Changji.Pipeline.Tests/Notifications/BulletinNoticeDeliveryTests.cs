using System.Text.Json;
using Changji.Pipeline.Notifications;
using Changji.Pipeline.Reports;
using Changji.Testing.Notifications;

namespace Changji.Pipeline.Tests.Notifications;

public sealed class BulletinNoticeDeliveryTests : IDisposable
{
    private readonly NotificationFixture fixture = new();

    private static Pipeline.Alerts.AlertMessage Notice() => BulletinNotice.For(
        new BulletinPeriod(2026, 5), new BulletinTotals(3, 5, 2, 1),
        ["reports/通报/督查通报-2026年第5期.docx", "reports/通报/督查通报-2026年第5期.html"], new DateTime(2026, 6, 1, 1, 0, 0, DateTimeKind.Utc));

    [Fact]
    public async Task BulletinNotice_QueuedAndDeliveredTwice_SentOnceAndOnlyToTheChannelThatTakesBulletins()
    {
        await fixture.AddAsync(Notice());
        await fixture.AddAsync(Notice());
        Channel[] channels =
        [
            fixture.Channel(ChannelType.WeCom, "robot?key=1", name: "督导室群") with { Bulletins = true },
            fixture.Channel(ChannelType.Webhook, "hook", name: "预警钩子"),
        ];

        var first = await fixture.Delivery.RunAsync(channels);
        var second = await fixture.Delivery.RunAsync(channels);

        Assert.Equal((1, 0), (first.Delivered, second.Delivered));
        var request = Assert.Single(fixture.Server.Requests);
        Assert.StartsWith("/robot", request.RawUrl, StringComparison.Ordinal);
        var content = JsonDocument.Parse(request.Text).RootElement.GetProperty("markdown").GetProperty("content").GetString();
        Assert.Equal(
            "**【督查通报】昌吉市义务教育优质均衡发展督查通报（2026年第5期）已印发**\n"
            + "> 通报期间：2026年5月1日至2026年5月31日\n"
            + "> 本期新增 3 项，未整改 5 项，逾期 2 项，已销号 1 项\n"
            + "> 文件：reports/通报/督查通报-2026年第5期.docx、reports/通报/督查通报-2026年第5期.html",
            content);
    }

    [Fact]
    public void BulletinNotice_SamePeriod_SameMessageIdWhenWrittenAgainWithOtherCounts()
    {
        var again = BulletinNotice.For(new BulletinPeriod(2026, 5), new BulletinTotals(4, 5, 2, 1), [], new DateTime(2026, 6, 2, 0, 0, 0, DateTimeKind.Utc));
        var next = BulletinNotice.For(new BulletinPeriod(2026, 6), new BulletinTotals(3, 5, 2, 1), [], new DateTime(2026, 7, 1, 1, 0, 0, DateTimeKind.Utc));

        Assert.Equal(Notice().MessageId, again.MessageId);
        Assert.NotEqual(Notice().MessageId, next.MessageId);
    }

    [Fact]
    public void Accepts_BulletinNotice_OnlyWhenTheChannelAsksWhateverItsRulesAndAudience()
    {
        var plain = fixture.Channel(ChannelType.Webhook, "hook");
        var operations = plain with { Audience = Pipeline.Alerts.AlertAudience.Operations, Rules = ["school_below_floor"], Bulletins = true };

        Assert.False(plain.Accepts(Notice()));
        Assert.True(operations.Accepts(Notice()));
        Assert.False(operations.Accepts(NotificationFixture.Message()));
    }

    public void Dispose() => fixture.Dispose();
}
