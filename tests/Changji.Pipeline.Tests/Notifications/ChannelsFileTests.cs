using Changji.Pipeline.Alerts;
using Changji.Pipeline.Notifications;

namespace Changji.Pipeline.Tests.Notifications;

public sealed class ChannelsFileTests
{
    private static readonly Func<string, string?> Env = name => name switch
    {
        "DING_SECRET" => "SECabc",
        "WECOM_URL" => "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k",
        _ => null,
    };

    [Fact]
    public void Parse_AllTypes_ReadsSecretsFromTheEnvironment()
    {
        var channels = ChannelsFile.Parse("""
            { "channels": [
              { "name": "督导室群", "type": "wecom", "url": "env:WECOM_URL", "minSeverity": "medium" },
              { "name": "创建办", "type": "dingtalk", "url": "https://oapi.dingtalk.com/robot/send?access_token=t", "secret": "env:DING_SECRET", "rules": ["school_below_floor"] },
              { "name": "信息中心", "type": "webhook", "url": "https://example.org/hook", "audience": "operations" },
              { "name": "邮箱", "type": "email", "smtp": "smtp.example.org:465", "from": "a@example.org", "to": ["b@example.org"] }
            ] }
            """, Env);

        Assert.Equal([ChannelType.WeCom, ChannelType.DingTalk, ChannelType.Webhook, ChannelType.Email], channels.Select(c => c.Type));
        Assert.Equal("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", channels[0].Url!.AbsoluteUri);
        Assert.Equal(AlertSeverity.Medium, channels[0].MinSeverity);
        Assert.Equal("SECabc", channels[1].Secret);
        Assert.Equal(["school_below_floor"], channels[1].Rules);
        Assert.Equal(AlertAudience.Operations, channels[2].Audience);
        Assert.Equal(("smtp.example.org", 465), (channels[3].Email!.Host, channels[3].Email!.Port));
    }

    [Fact]
    public void Parse_Bulletins_OffUnlessAskedAndNotOnTheSummaryTwin()
    {
        var channels = ChannelsFile.Parse("""
            { "channels": [
              { "name": "督导室群", "type": "wecom", "url": "env:WECOM_URL", "bulletins": true, "schools": "both" },
              { "name": "信息中心", "type": "webhook", "url": "https://example.org/hook" }
            ] }
            """, Env);

        Assert.Equal([true, false, false], channels.Select(c => c.Bulletins));
        Assert.True(channels[1].SummarisesSchools);
    }

    [Fact]
    public void Parse_EmailTlsCa_KeptAsThePathOfTheTrustedCertificates()
    {
        var channels = ChannelsFile.Parse("""
            { "channels": [
              { "name": "内网邮箱", "type": "email", "smtp": "mail.jyj.local:587", "from": "a@jyj.local", "to": ["b@jyj.local"], "tlsCa": "/etc/changji/mail-ca.pem" },
              { "name": "公网邮箱", "type": "email", "smtp": "smtp.example.org:465", "from": "a@example.org", "to": ["b@example.org"] }
            ] }
            """, Env);

        Assert.Equal("/etc/changji/mail-ca.pem", channels[0].Email!.TrustedCaPath);
        Assert.Null(channels[1].Email!.TrustedCaPath);
    }

    [Fact]
    public void Parse_LiteralSecret_IsRefused()
    {
        var ex = Assert.Throws<ChannelsFileException>(() => ChannelsFile.Parse("""
            { "channels": [ { "name": "创建办", "type": "dingtalk", "url": "https://x/robot", "secret": "SECliteral" } ] }
            """, Env));

        Assert.Contains("env:", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECliteral", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnsetVariable_NamesIt()
    {
        var ex = Assert.Throws<ChannelsFileException>(() => ChannelsFile.Parse("""
            { "channels": [ { "name": "钩子", "type": "webhook", "url": "https://x/hook", "secret": "env:NOT_SET" } ] }
            """, Env));

        Assert.Contains("NOT_SET", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_LinesUnderTheLimit_NeverCutsALine()
    {
        var text = string.Join("\n", Enumerable.Range(0, 50).Select(i => new string('字', 30 + i)));

        var parts = NotificationText.Split(text, 1000);

        Assert.All(parts, p => Assert.True(System.Text.Encoding.UTF8.GetByteCount(p) <= 1000));
        Assert.Equal(text, string.Join("\n", parts));
        Assert.All(parts.SelectMany(p => p.Split('\n')), line => Assert.Contains(line, text.Split('\n')));
    }
}
