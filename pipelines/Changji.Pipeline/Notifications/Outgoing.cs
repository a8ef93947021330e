using System.Text.Json.Serialization;
using Changji.Pipeline.Alerts;

namespace Changji.Pipeline.Notifications;

/// <summary>What one send carries: one alert message, or a channel's daily digest of several.</summary>
public sealed record Outgoing(string Title, string Markdown, string Plain, string Json)
{
    public static Outgoing For(AlertMessage message) => BulletinNotice.Is(message) ? BulletinNotice.Outgoing(message) :
        new(NotificationText.Title(message), NotificationText.Markdown(message), NotificationText.Plain(message), PipelineJson.Serialize(message));

    /// <summary>A digest: the texts grouped by 责任单位; for a webhook <c>{"digest":"yyyy-MM-dd","messages":[…]}</c>.</summary>
    public static Outgoing Digest(DateOnly day, IReadOnlyList<AlertMessage> messages)
    {
        var (title, markdown, plain) = NotificationText.Digest(day, messages);
        return new(title, markdown, plain, PipelineJson.Serialize(new DigestBody(day, messages)));
    }

    private sealed record DigestBody([property: JsonPropertyName("digest")] DateOnly Day, IReadOnlyList<AlertMessage> Messages);
}
