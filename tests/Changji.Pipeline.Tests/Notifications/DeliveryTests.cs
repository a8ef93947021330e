using Changji.Pipeline.Alerts;
using Changji.Pipeline.Notifications;
using Changji.Testing.Notifications;

namespace Changji.Pipeline.Tests.Notifications;

public sealed class DeliveryTests : IDisposable
{
    private readonly NotificationFixture fixture = new();

    [Fact]
    public async Task Delivery_SecondRun_SendsNothing()
    {
        await fixture.AddAsync(NotificationFixture.Message("m1"), NotificationFixture.Message("m2"));
        Channel[] channels = [fixture.Channel(ChannelType.WeCom, "a?key=1", name: "群1"), fixture.Channel(ChannelType.Webhook, "b", name: "钩子")];

        var first = await fixture.Delivery.RunAsync(channels);
        var second = await fixture.Delivery.RunAsync(channels);

        Assert.Equal(4, first.Delivered);
        Assert.Equal(new DeliveryResult(0, 0, 0, []).Delivered, second.Delivered);
        Assert.Empty(second.Errors);
        Assert.Equal(4, fixture.Server.Requests.Count);
        Assert.All(await fixture.Store.DeliveriesAsync(), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
    }

    [Fact]
    public async Task Delivery_ServerAnswers500_RetriedOnALaterRunOnceTheBackoffHasPassed()
    {
        await fixture.AddAsync(NotificationFixture.Message());
        fixture.Server.Answer((500, "{}"));
        Channel[] channels = [fixture.Channel(ChannelType.WeCom, "a?key=1")];

        var failed = await fixture.Delivery.RunAsync(channels);
        var tooSoon = await fixture.Delivery.RunAsync(channels);
        fixture.Clock.Now += Delivery.Backoff(1);
        var retried = await fixture.Delivery.RunAsync(channels);
        var after = await fixture.Delivery.RunAsync(channels);

        Assert.Equal((0, 1), (failed.Delivered, failed.Retrying));
        Assert.Contains("HTTP 500", Assert.Single(failed.Errors), StringComparison.Ordinal);
        Assert.Equal((0, 0), (tooSoon.Delivered, tooSoon.Retrying));
        Assert.Equal(1, retried.Delivered);
        Assert.Equal(0, after.Delivered);
        Assert.Equal(2, fixture.Server.Requests.Count);
        var line = Assert.Single(await fixture.Store.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.Delivered, 2), (line.Status, line.Attempts));
    }

    [Fact]
    public async Task Delivery_TenFailures_MarkedFailedNeverRetriedAndOperationsTold()
    {
        await fixture.AddAsync(NotificationFixture.Message());
        fixture.Server.Answer([.. Enumerable.Repeat((500, "{}"), Delivery.MaxAttempts)]);
        Channel[] channels = [fixture.Channel(ChannelType.Webhook, "hook")];

        for (var i = 0; i < 12; i++)
        {
            await fixture.Delivery.RunAsync(channels);
            fixture.Clock.Now += TimeSpan.FromDays(1);
        }

        Assert.Equal(Delivery.MaxAttempts, fixture.Server.Requests.Count);
        var line = Assert.Single(await fixture.Store.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.Failed, 10), (line.Status, line.Attempts));
        Assert.Equal("HTTP 500", line.LastError);
        var alert = Assert.Single(await fixture.Store.OutboxMessagesAsync(), m => m.Rule == Delivery.DeliveryFailedRule);
        Assert.Equal(("operations", "督导室群"), (alert.Audience, alert.Subject));
        Assert.Contains("连续失败 10 次", alert.MessageZh, StringComparison.Ordinal);

        var ops = await fixture.Delivery.RunAsync([.. channels, fixture.Channel(ChannelType.Webhook, "ops", name: "运维") with { Audience = AlertAudience.Operations }]);

        Assert.Equal(1, ops.Delivered);
        Assert.Contains(fixture.Server.Requests, r => r.RawUrl == "/ops" && r.Text.Contains(Delivery.DeliveryFailedRule, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Delivery_AudienceAndSeverityAndRules_RouteMessages()
    {
        await fixture.AddAsync(
            NotificationFixture.Message("high"),
            NotificationFixture.Message("low", severity: "low"),
            NotificationFixture.Message("ops", audience: "operations"));
        Channel[] channels =
        [
            fixture.Channel(ChannelType.Webhook, "office") with { MinSeverity = AlertSeverity.Medium },
            fixture.Channel(ChannelType.Webhook, "ops", name: "运维") with { Audience = AlertAudience.Operations },
            fixture.Channel(ChannelType.Webhook, "none", name: "其他规则") with { Rules = ["cv_over_limit"] },
        ];

        await fixture.Delivery.RunAsync(channels);

        var lines = (await fixture.Store.DeliveriesAsync()).Select(d => (d.MessageId, d.Channel)).Order().ToList();
        Assert.Equal([("high", "督导室群"), ("ops", "运维")], lines);
    }

    public void Dispose() => fixture.Dispose();
}
