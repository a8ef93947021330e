using System.Text.Json;
using Changji.Pipeline.Notifications;
using Changji.Testing.Notifications;

namespace Changji.Pipeline.Tests.Notifications;

public sealed class DigestTests : IDisposable
{
    private readonly NotificationFixture fixture = new();

    [Fact]
    public async Task DailyDigest_DayNotOver_WaitsThenSendsOneGroupedMessageOnce()
    {
        // Both occurred 2026-06-01 08:00 Beijing; the fixture's clock is 2026-06-01 16:00 Beijing.
        var other = NotificationFixture.Message("m2") with { ResponsibleUnits = new ValueList<string>(["市教育局"]), MessageZh = "【预警】另一条" };
        await fixture.AddAsync(NotificationFixture.Message("m1"), other);
        Channel[] channels = [fixture.Channel(ChannelType.WeCom, "send?key=k") with { DailyDigest = true }];

        var sameDay = await fixture.Delivery.RunAsync(channels);
        fixture.Clock.Now += TimeSpan.FromDays(1);
        var nextDay = await fixture.Delivery.RunAsync(channels);
        var again = await fixture.Delivery.RunAsync(channels);

        Assert.Equal(0, sameDay.Delivered);
        Assert.Equal(2, nextDay.Delivered);
        Assert.Equal(0, again.Delivered);
        var content = JsonDocument.Parse(Assert.Single(fixture.Server.Requests).Text).RootElement.GetProperty("markdown").GetProperty("content").GetString()!;
        var expected = """
            **【督导预警】2026-06-01 预警日报：共 2 条**
            ### 责任单位：市教育局
            - 新增预警：【预警】2023学年 6523010003 初中 L4 生均体育运动场馆面积 为 3.1，低于最低值 6.1，尚缺 1234 平方米。（整改时限 2026-08-30）
            - 新增预警：【预警】另一条（整改时限 2026-08-30）
            ### 责任单位：市财政局
            - 新增预警：【预警】2023学年 6523010003 初中 L4 生均体育运动场馆面积 为 3.1，低于最低值 6.1，尚缺 1234 平方米。（整改时限 2026-08-30）
            """.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, content);
    }

    public void Dispose() => fixture.Dispose();
}
