using Changji.Notifications.Http;
using Changji.Pipeline.Notifications;
using Changji.Testing.Notifications;
using Microsoft.Extensions.Time.Testing;

namespace Changji.Pipeline.Tests.Notifications;

public sealed class DeliveryPacingTests : IDisposable
{
    private readonly NotificationFixture fixture = new();

    [Fact]
    public async Task Robot_25Messages_TheTwentyFirstWaitsForTheMinute()
    {
        await fixture.AddAsync([.. Enumerable.Range(1, 25).Select(i => NotificationFixture.Message($"m{i:D2}"))]);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        using var http = new HttpClient();
        var delivery = new Delivery(fixture.Store, fixture.Store, new HttpChannelSender(http, clock), clock);
        var channel = fixture.Channel(ChannelType.WeCom, "send?key=k") with { PerMinute = Channel.RobotPerMinute };

        var run = delivery.RunAsync([channel]);
        while (!run.IsCompleted)
        {
            await Task.Delay(5);
            var before = fixture.Server.Requests.Count;
            if (before == 20 && !run.IsCompleted)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
            }
        }

        var result = await run;

        Assert.Equal(25, result.Delivered);
        Assert.Equal(25, fixture.Server.Requests.Count);
        Assert.True(clock.GetUtcNow() >= new DateTimeOffset(2026, 6, 1, 8, 1, 0, TimeSpan.Zero), "the 21st message waited for the minute to pass");
    }

    [Fact]
    public async Task Robot_25MessagesDeliveredOneByOne_TheTwentyFirstStillWaitsForTheMinute()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        using var http = new HttpClient();
        var delivery = new Delivery(fixture.Store, fixture.Store, new HttpChannelSender(http, clock), clock);
        var channel = fixture.Channel(ChannelType.WeCom, "send?key=k") with { PerMinute = Channel.RobotPerMinute };

        // As the Azure drain calls it: one received message per call, the limit counted across calls.
        var run = Task.Run(async () =>
        {
            foreach (var i in Enumerable.Range(1, 25))
            {
                await delivery.DeliverAsync(NotificationFixture.Message($"m{i:D2}"), [channel]);
            }
        });
        while (!run.IsCompleted)
        {
            await Task.Delay(5);
            if (fixture.Server.Requests.Count == 20 && !run.IsCompleted)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
            }
        }

        await run;

        Assert.Equal(25, fixture.Server.Requests.Count);
        Assert.True(clock.GetUtcNow() >= new DateTimeOffset(2026, 6, 1, 8, 1, 0, TimeSpan.Zero), "the 21st message waited for the minute to pass");
    }

    public void Dispose() => fixture.Dispose();
}
