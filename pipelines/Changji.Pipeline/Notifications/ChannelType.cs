namespace Changji.Pipeline.Notifications;

/// <summary>Codes: <c>wecom</c> (企业微信群机器人), <c>dingtalk</c> (钉钉自定义机器人), <c>webhook</c> (signed JSON), <c>email</c> (SMTP).</summary>
public enum ChannelType
{
    WeCom,
    DingTalk,
    Webhook,
    Email,
}
