using Changji.Pipeline.Alerts;

namespace Changji.Pipeline.Notifications;

/// <summary>
/// One delivery channel from the channels file, with its secrets already read from the environment.
/// <see cref="Name"/> identifies the channel in the delivery ledger: renaming a channel makes it a new one.
/// </summary>
public sealed record Channel
{
    public required string Name { get; init; }
    public required ChannelType Type { get; init; }
    /// <summary>The robot's or endpoint's address (<c>wecom</c>, <c>dingtalk</c>, <c>webhook</c>).</summary>
    public Uri? Url { get; init; }
    /// <summary>DingTalk 加签 secret or the webhook's HMAC key.</summary>
    public string? Secret { get; init; }
    public AlertAudience Audience { get; init; } = AlertAudience.Supervision;
    public AlertSeverity MinSeverity { get; init; } = AlertSeverity.Low;
    /// <summary>Rule codes this channel receives; empty for all.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];
    public EmailSettings? Email { get; init; }
    /// <summary>One message per Beijing day listing that day's events, instead of one per event.</summary>
    public bool DailyDigest { get; init; }
    /// <summary>县级行政区划代码 of the counties whose alerts this channel receives; empty for every county.</summary>
    public IReadOnlyList<string> Counties { get; init; } = [];

    /// <summary>
    /// Per-school events as one summary per county, rule, year and kind (<see cref="CountySummary"/>) instead of
    /// one message each; the channel's other alerts still come one by one. Served from the outbox, like a digest.
    /// </summary>
    public bool SummarisesSchools { get; init; }

    /// <summary>Whether its messages are sent from the outbox (<c>changji notify</c>, the Notify timer) rather than as received one by one.</summary>
    public bool ServedFromOutbox => DailyDigest || SummarisesSchools;

    /// <summary>Whether this channel receives alerts of the county <paramref name="countyCode"/> (resolved: the home county's code for its own).</summary>
    public bool Covers(string countyCode) => Counties.Count == 0 || Counties.Contains(countyCode, StringComparer.Ordinal);

    /// <summary>At most this many messages a minute (the robots accept 20); null for no limit.</summary>
    public int? PerMinute { get; init; }

    /// <summary>The robots' own limit, the default of <c>wecom</c> and <c>dingtalk</c> channels.</summary>
    public const int RobotPerMinute = 20;

    /// <summary>
    /// Receives the notice that a 督查通报 was written (<see cref="BulletinNotice"/>); off by default, so a channel set up
    /// for alerts gets no bulletins unless it asks. The notice ignores audience, severity and rules (it is no alert).
    /// </summary>
    public bool Bulletins { get; init; }

    /// <summary>Whether this channel receives <paramref name="message"/>: its audience, at least its severity, one of its rules; a bulletin notice if it asked for them.</summary>
    public bool Accepts(AlertMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (BulletinNotice.Is(message))
        {
            return Bulletins;
        }

        if (message.Audience != Audience.ToCode())
        {
            return false;
        }

        // High < Medium < Low in the enum: a smaller value is more severe.
        if (!AlertSeverityCodes.Map.TryParse(message.Severity, out var severity) || severity > MinSeverity)
        {
            return false;
        }

        return Rules.Count == 0 || Rules.Contains(message.Rule, StringComparer.Ordinal);
    }
}

/// <summary>SMTP settings of an <c>email</c> channel.</summary>
public sealed record EmailSettings
{
    public required string Host { get; init; }
    public required int Port { get; init; }
    public required string From { get; init; }
    public required IReadOnlyList<string> To { get; init; }
    public string? User { get; init; }
    public string? Password { get; init; }
    /// <summary><c>tls</c> (default: TLS on connect for 465, STARTTLS otherwise) or <c>none</c> (only for a test server on loopback).</summary>
    public bool UseTls { get; init; } = true;
    /// <summary>A PEM file of CA certificates that may also vouch for the server (a private CA or a self-signed server); null for the system's roots only.</summary>
    public string? TrustedCaPath { get; init; }
}
