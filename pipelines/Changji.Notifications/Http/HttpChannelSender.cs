using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Changji.Pipeline.Notifications;

namespace Changji.Notifications.Http;

/// <summary>
/// The robots and the generic webhook (docs/notifications.md): WeCom and DingTalk get markdown, a
/// WeCom text over <see cref="WeComMaxBytes"/> is sent in parts split between lines, DingTalk is signed
/// (加签) when a secret is set, the webhook gets the message's own JSON body (a digest: its messages) with an HMAC header.
/// </summary>
public sealed class HttpChannelSender(HttpClient http, TimeProvider clock) : IChannelSender
{
    public const int WeComMaxBytes = 4096;
    public const string SignatureHeader = "X-Changji-Signature";

    /// <summary>Chinese as UTF-8, not \u escapes: the bodies stay readable in the robots' logs and the byte limit is what it seems.</summary>
    private static readonly JsonSerializerOptions RobotJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task SendAsync(Channel channel, Outgoing outgoing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(outgoing);
        var url = channel.Url ?? throw new DeliveryException($"channel {channel.Name} has no url");
        switch (channel.Type)
        {
            case ChannelType.WeCom:
                foreach (var part in NotificationText.Split(outgoing.Markdown, WeComMaxBytes))
                {
                    var body = new JsonObject { ["msgtype"] = "markdown", ["markdown"] = new JsonObject { ["content"] = part } };
                    await PostRobotAsync(url, body, cancellationToken).ConfigureAwait(false);
                }

                break;
            case ChannelType.DingTalk:
                var ding = new JsonObject
                {
                    ["msgtype"] = "markdown",
                    ["markdown"] = new JsonObject { ["title"] = outgoing.Title, ["text"] = outgoing.Markdown },
                };
                await PostRobotAsync(channel.Secret is null ? url : DingTalkSigned(url, channel.Secret, clock.GetUtcNow()), ding, cancellationToken).ConfigureAwait(false);
                break;
            case ChannelType.Webhook:
                var json = Encoding.UTF8.GetBytes(outgoing.Json);
                using (var content = new ByteArrayContent(json))
                {
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                    if (channel.Secret is not null)
                    {
                        content.Headers.Add(SignatureHeader, "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(channel.Secret), json)));
                    }

                    using var response = await http.PostAsync(url, content, cancellationToken).ConfigureAwait(false);
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new DeliveryException($"HTTP {(int)response.StatusCode}");
                    }
                }

                break;
            default:
                throw new DeliveryException($"channel {channel.Name}: type {channel.Type} is not sent over HTTP");
        }
    }

    /// <summary>DingTalk 加签: <c>timestamp</c> in Unix milliseconds, <c>sign</c> = URL-encode(Base64(HMAC-SHA256(secret, timestamp + "\n" + secret))).</summary>
    public static Uri DingTalkSigned(Uri url, string secret, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(url);
        var timestamp = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var key = Encoding.UTF8.GetBytes(secret);
        var sign = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(timestamp + "\n" + secret)));
        var separator = string.IsNullOrEmpty(url.Query) ? "?" : "&";
        return new Uri(url.AbsoluteUri + separator + "timestamp=" + timestamp + "&sign=" + Uri.EscapeDataString(sign));
    }

    /// <summary>The robots answer 200 with <c>{"errcode":0}</c> on success; any other status or errcode (45009: rate limited) is a failure.</summary>
    private async Task PostRobotAsync(Uri url, JsonObject body, CancellationToken ct)
    {
        using var content = new StringContent(body.ToJsonString(RobotJson), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(url, content, ct).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new DeliveryException($"HTTP {(int)response.StatusCode}");
        }

        try
        {
            using var answer = JsonDocument.Parse(text);
            if (answer.RootElement.ValueKind == JsonValueKind.Object
                && answer.RootElement.TryGetProperty("errcode", out var code)
                && !(code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out var n) && n == 0))
            {
                var detail = answer.RootElement.TryGetProperty("errmsg", out var msg) ? msg.ToString() : null;
                throw new DeliveryException($"errcode {code} {detail}".TrimEnd());
            }
        }
        catch (JsonException)
        {
            throw new DeliveryException("answer is not JSON");
        }
    }
}
