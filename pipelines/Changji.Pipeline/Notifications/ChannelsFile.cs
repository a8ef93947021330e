using System.Globalization;
using System.Text.Json;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Counties;
using Changji.Text;

namespace Changji.Pipeline.Notifications;

/// <summary>
/// Reads the channels file (docs/notifications.md). Secrets (<c>secret</c>, <c>password</c>) must be
/// written <c>env:NAME</c> and are read from the environment; a literal secret in the file is refused,
/// so a file that may end up in a repository never holds one. <c>url</c> may also be <c>env:NAME</c>
/// (a WeCom robot's key is part of its address).
/// </summary>
public static class ChannelsFile
{
    private const string EnvPrefix = "env:";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <param name="environment">Reads an environment variable (null when unset); tests pass their own.</param>
    public static IReadOnlyList<Channel> Load(string path, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ChannelsFileException(ZhCn.Format("notify.channels.unreadable", ("path", path), ("message", ex.Message)), ex);
        }

        return Parse(text, environment);
    }

    public static IReadOnlyList<Channel> Parse(string json, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        FileModel? model;
        try
        {
            model = JsonSerializer.Deserialize<FileModel>(json, Json);
        }
        catch (JsonException ex)
        {
            throw new ChannelsFileException(ZhCn.Format("notify.channels.bad_json", ("message", ex.Message)), ex);
        }

        var channels = new List<Channel>();
        foreach (var c in model?.Channels ?? [])
        {
            var name = Required(c.Name, "?", "name");
            if (channels.Any(x => x.Name == name))
            {
                throw new ChannelsFileException(ZhCn.Format("notify.channels.duplicate", ("name", name)));
            }

            var type = Required(c.Type, name, "type") switch
            {
                "wecom" => ChannelType.WeCom,
                "dingtalk" => ChannelType.DingTalk,
                "webhook" => ChannelType.Webhook,
                "email" => ChannelType.Email,
                var other => throw new ChannelsFileException(ZhCn.Format("notify.channels.bad_value", ("name", name), ("field", "type"), ("value", other))),
            };
            var audience = (c.Audience ?? "supervision") switch
            {
                "supervision" => AlertAudience.Supervision,
                "operations" => AlertAudience.Operations,
                var other => throw new ChannelsFileException(ZhCn.Format("notify.channels.bad_value", ("name", name), ("field", "audience"), ("value", other))),
            };
            if (!AlertSeverityCodes.Map.TryParse(c.MinSeverity ?? "low", out var minSeverity))
            {
                throw new ChannelsFileException(ZhCn.Format("notify.channels.bad_value", ("name", name), ("field", "minSeverity"), ("value", c.MinSeverity)));
            }

            var channel = new Channel
            {
                Name = name,
                Type = type,
                Audience = audience,
                MinSeverity = minSeverity,
                Rules = c.Rules ?? [],
                Secret = Secret(c.Secret, name, "secret", environment),
                DailyDigest = (c.Digest ?? "none") switch
                {
                    "none" => false,
                    "daily" => true,
                    var other => throw new ChannelsFileException(ZhCn.Format("notify.channels.bad_value", ("name", name), ("field", "digest"), ("value", other))),
                },
                Counties = CountyCodes(c.Counties, name),
                Bulletins = c.Bulletins ?? false,
                PerMinute = c.PerMinute switch
                {
                    null => type is ChannelType.WeCom or ChannelType.DingTalk ? Channel.RobotPerMinute : null,
                    0 => null,
                    > 0 and <= 10_000 => c.PerMinute,
                    _ => throw new ChannelsFileException(ZhCn.Format("notify.channels.bad_value", ("name", name), ("field", "perMinute"), ("value", c.PerMinute))),
                },
            };
            if (type == ChannelType.Email)
            {
                channel = channel with { Email = Email(c, name, environment) };
            }
            else
            {
                var url = Value(Required(c.Url, name, "url"), name, "url", environment);
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                {
                    throw new ChannelsFileException(ZhCn.Format("notify.channels.bad_value", ("name", name), ("field", "url"), ("value", c.Url)));
                }

                channel = channel with { Url = uri };
            }

            // "schools": "each" (default) a message per school event; "summary" one per county, rule, year and kind;
            // "both" both, the summaries as a channel of their own name so the delivery ledger keeps them apart.
            switch (c.Schools ?? "each")
            {
                case "each":
                    channels.Add(channel);
                    break;
                case "summary":
                    channels.Add(channel with { SummarisesSchools = true });
                    break;
                case "both":
                    channels.Add(channel);
                    // The twin takes no bulletin notices: the channel itself already does.
                    channels.Add(channel with { Name = ZhCn.Format("notify.channels.summary_twin", ("name", name)), SummarisesSchools = true, Bulletins = false });
                    break;
                default:
                    throw new ChannelsFileException(ZhCn.Format("notify.channels.bad_value", ("name", name), ("field", "schools"), ("value", c.Schools)));
            }
        }

        return channels;
    }

    /// <summary>县级行政区划代码, 6 digits each; none for every county.</summary>
    private static IReadOnlyList<string> CountyCodes(List<string>? counties, string name)
    {
        foreach (var code in counties ?? [])
        {
            if (!HomeCounty.IsCode(code))
            {
                throw new ChannelsFileException(ZhCn.Format("notify.channels.bad_value", ("name", name), ("field", "counties"), ("value", code)));
            }
        }

        return counties ?? [];
    }

    private static EmailSettings Email(ChannelModel c, string name, Func<string, string?> environment)
    {
        var smtp = Required(c.Smtp, name, "smtp");
        var colon = smtp.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(smtp[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new ChannelsFileException(ZhCn.Format("notify.channels.bad_value", ("name", name), ("field", "smtp"), ("value", smtp)));
        }

        if (c.To is not { Count: > 0 })
        {
            throw new ChannelsFileException(ZhCn.Format("notify.channels.missing", ("name", name), ("field", "to")));
        }

        return new EmailSettings
        {
            Host = smtp[..colon],
            Port = port,
            From = Required(c.From, name, "from"),
            To = c.To,
            User = c.User,
            Password = Secret(c.Password, name, "password", environment),
            TrustedCaPath = c.TlsCa is null ? null : Value(c.TlsCa, name, "tlsCa", environment),
            UseTls = (c.Tls ?? "tls") switch
            {
                "tls" => true,
                "none" => false,
                var other => throw new ChannelsFileException(ZhCn.Format("notify.channels.bad_value", ("name", name), ("field", "tls"), ("value", other))),
            },
        };
    }

    private static string Required(string? value, string name, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new ChannelsFileException(ZhCn.Format("notify.channels.missing", ("name", name), ("field", field))) : value;

    private static string? Secret(string? value, string name, string field, Func<string, string?> environment)
    {
        if (value is null)
        {
            return null;
        }

        if (!value.StartsWith(EnvPrefix, StringComparison.Ordinal))
        {
            throw new ChannelsFileException(ZhCn.Format("notify.channels.literal_secret", ("name", name), ("field", field)));
        }

        return Value(value, name, field, environment);
    }

    private static string Value(string value, string name, string field, Func<string, string?> environment)
    {
        if (!value.StartsWith(EnvPrefix, StringComparison.Ordinal))
        {
            return value;
        }

        var variable = value[EnvPrefix.Length..];
        return environment(variable) is { Length: > 0 } found
            ? found
            : throw new ChannelsFileException(ZhCn.Format("notify.channels.env_missing", ("name", name), ("field", field), ("variable", variable)));
    }

    private sealed record FileModel(List<ChannelModel>? Channels);

    private sealed record ChannelModel(
        string? Name, string? Type, string? Url, string? Secret, string? Audience, string? MinSeverity, List<string>? Rules,
        string? Smtp, string? From, List<string>? To, string? User, string? Password, string? Tls, int? PerMinute, string? Digest, string? TlsCa = null,
        List<string>? Counties = null, string? Schools = null, bool? Bulletins = null);
}

/// <summary>The channels file cannot be used; the message (Chinese) says which channel and field.</summary>
public sealed class ChannelsFileException(string messageZh, Exception? inner = null) : InvalidOperationException(messageZh, inner);
