using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Changji.Notifications.Http;
using Changji.Pipeline;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Notifications;
using Changji.Testing.Notifications;

namespace Changji.Notifications.Tests.Http;

public sealed class HttpChannelSenderTests : IDisposable
{
    private readonly NotificationFixture fixture = new();

    [Fact]
    public async Task WeCom_OneMessage_PostsExactMarkdownJson()
    {
        await fixture.AddAsync(NotificationFixture.Message());

        var result = await fixture.Delivery.RunAsync([fixture.Channel(ChannelType.WeCom, "cgi-bin/webhook/send?key=K1")]);

        Assert.Equal(1, result.Delivered);
        var request = Assert.Single(fixture.Server.Requests);
        Assert.Equal("/cgi-bin/webhook/send?key=K1", request.RawUrl);
        var expected = """
            **【督导预警】新增预警：学校指标低于最低值（6523010003）**
            > 事项：新增预警，学校指标低于最低值，预警等级 高
            > 学年与对象：2023学年，6523010003
            > 【预警】2023学年 6523010003 初中 L4 生均体育运动场馆面积 为 3.1，低于最低值 6.1，尚缺 1234 平方米。
            > 责任单位：市教育局、市财政局
            > 对应工作措施：第 7、6 项
            > 整改时限：2026-08-30
            """.Replace("\r\n", "\n", StringComparison.Ordinal);
        var sent = JsonSerializer.Serialize(new { msgtype = "markdown", markdown = new { content = expected } }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Equal(sent, request.Text);
    }

    [Fact]
    public async Task DingTalk_WithSecret_SignatureMatchesIndependentComputation()
    {
        await fixture.AddAsync(NotificationFixture.Message());
        const string secret = "SEC0123456789abcdef";

        await fixture.Delivery.RunAsync([fixture.Channel(ChannelType.DingTalk, "robot/send?access_token=T1", secret)]);

        var request = Assert.Single(fixture.Server.Requests);
        var query = System.Web.HttpUtility.ParseQueryString(request.Url.Query);
        Assert.Equal("T1", query["access_token"]);
        var timestamp = query["timestamp"]!;
        Assert.Equal(fixture.Clock.Now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), timestamp);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var expected = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{timestamp}\n{secret}")));
        Assert.Equal(expected, query["sign"]);
        Assert.Contains("&sign=" + Uri.EscapeDataString(expected), request.RawUrl, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Text);
        Assert.Equal("markdown", body.RootElement.GetProperty("msgtype").GetString());
        Assert.Equal("【督导预警】新增预警：学校指标低于最低值（6523010003）", body.RootElement.GetProperty("markdown").GetProperty("title").GetString());
        Assert.Contains("整改时限：2026-08-30", body.RootElement.GetProperty("markdown").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_WithSecret_HeaderIsHmacOfTheMessageBody()
    {
        var message = NotificationFixture.Message();
        await fixture.AddAsync(message);

        await fixture.Delivery.RunAsync([fixture.Channel(ChannelType.Webhook, "hook", "hook-key")]);

        var request = Assert.Single(fixture.Server.Requests);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("hook-key"));
        Assert.Equal("sha256=" + Convert.ToHexString(hmac.ComputeHash(request.Body)).ToLowerInvariant(), request.Headers["X-Changji-Signature"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(message, PipelineJson.Deserialize<AlertMessage>(request.Text));
    }

    [Fact]
    public async Task WeCom_TextOver4096Bytes_SplitIntoPartsOnLineBoundaries()
    {
        var longText = string.Join("\n", Enumerable.Range(1, 120).Select(i => $"第{i}行：学校指标低于最低值，尚缺若干平方米"));
        await fixture.AddAsync(NotificationFixture.Message(messageZh: longText));

        var result = await fixture.Delivery.RunAsync([fixture.Channel(ChannelType.WeCom, "send?key=K")]);

        Assert.Equal(1, result.Delivered);
        var contents = fixture.Server.Requests
            .Select(r => JsonDocument.Parse(r.Text).RootElement.GetProperty("markdown").GetProperty("content").GetString()!)
            .ToList();
        Assert.True(contents.Count > 1);
        Assert.All(contents, c => Assert.InRange(Encoding.UTF8.GetByteCount(c), 1, HttpChannelSender.WeComMaxBytes));
        Assert.Equal(NotificationText.Markdown(NotificationFixture.Message(messageZh: longText)), string.Join("\n", contents));
    }

    [Fact]
    public async Task Robot_NonZeroErrcode_IsAFailure()
    {
        await fixture.AddAsync(NotificationFixture.Message());
        fixture.Server.Answer((200, """{"errcode":45009,"errmsg":"api freq out of limit"}"""));

        var result = await fixture.Delivery.RunAsync([fixture.Channel(ChannelType.WeCom, "send?key=K")]);

        Assert.Equal(1, result.Retrying);
        Assert.Contains("45009", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    public void Dispose() => fixture.Dispose();
}
