using Changji.Pipeline.Alerts;
using Changji.Pipeline.Counties;
using Changji.Pipeline.Ports;

namespace Changji.Pipeline.Notifications;

/// <summary>
/// Delivers the outbox's messages to the channels of their audience (docs/notifications.md). Each
/// (message, channel) is recorded in the delivery ledger: once delivered it is never sent again; a
/// failure is retried on a later run once its backoff has passed (1, 2, 4 … minutes, at most a day);
/// after <see cref="MaxAttempts"/> failures it is marked failed and left alone. A <see cref="Channel.DailyDigest"/>
/// channel receives one digest per Beijing day; each message in it is recorded as for a single send. A channel with
/// <see cref="Channel.PerMinute"/> is paced: the run waits rather than exceed it. A channel receives only the counties
/// it names (<see cref="Channel.Counties"/>); one that <see cref="Channel.SummarisesSchools"/> gets a county's per-school
/// events of a rule, year and kind as one summary (<see cref="CountySummary"/>), each event recorded as for a single send.
/// </summary>
public sealed class Delivery(IDeliveryLedger ledger, IAlertLedger alerts, IChannelSender sender, TimeProvider clock, HomeCounty? home = null)
{
    private readonly HomeCounty homeCounty = home ?? HomeCounty.Changji;

    public const int MaxAttempts = 10;

    /// <summary>The rule code of the operational alert raised when a delivery is given up.</summary>
    public const string DeliveryFailedRule = "delivery_failed";

    /// <summary>How long a claim holds before another notifier may take the line over (its holder died mid-send).</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    /// <summary>Per channel, the instants of its sends in the last minute (<see cref="Channel.PerMinute"/>).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Queue<DateTimeOffset>> windows = new(StringComparer.Ordinal);

    /// <summary>Delivers everything the outbox ever held that is due (<c>changji notify</c>, <c>run --channels</c>).</summary>
    public async Task<DeliveryResult> RunAsync(IReadOnlyList<Channel> channels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channels);
        if (channels.Count == 0)
        {
            return new DeliveryResult(0, 0, 0, []);
        }

        var messages = await ledger.OutboxMessagesAsync(cancellationToken).ConfigureAwait(false);
        return (await DeliverAsync(messages, channels, cancellationToken).ConfigureAwait(false)).Result;
    }

    /// <summary>
    /// Delivers one message received from elsewhere (the Service Bus subscription) to the channels that take
    /// single messages; digest channels are served from the outbox by <see cref="RunAsync"/>. Settled when every
    /// such channel of its audience has it delivered or given up, i.e. nothing is left to retry for it.
    /// </summary>
    public async Task<MessageDelivery> DeliverAsync(AlertMessage message, IReadOnlyList<Channel> channels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(channels);
        IReadOnlyList<Channel> single = [.. channels.Where(c => SentAlone(c, message))];
        var (result, known) = await DeliverAsync([message], single, cancellationToken).ConfigureAwait(false);
        var settled = single.Where(c => Takes(c, message)).All(c =>
            known.TryGetValue((message.MessageId, c.Name), out var line) && line.Status is DeliveryStatus.Delivered or DeliveryStatus.Failed);
        return new MessageDelivery(result, settled);
    }

    private async Task<(DeliveryResult Result, Dictionary<(string, string), DeliveryRecord> Known)> DeliverAsync(
        IReadOnlyList<AlertMessage> messages, IReadOnlyList<Channel> channels, CancellationToken cancellationToken)
    {
        var known = (await ledger.DeliveriesAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(d => (d.MessageId, d.Channel));
        int delivered = 0, retrying = 0, failed = 0;
        var errors = new List<string>();
        var givenUp = new List<AlertMessage>();
        foreach (var (channel, due, day, summary) in Sends(channels, messages, known))
        {
            // Claim before sending: another notifier running now sends what it claimed, this one skips it.
            var batch = new List<AlertMessage>();
            foreach (var message in due)
            {
                if (await ClaimAsync(message, channel, known, cancellationToken).ConfigureAwait(false))
                {
                    batch.Add(message);
                }
            }

            if (batch.Count == 0)
            {
                continue;
            }

            var outgoing = day is { } digestDay ? Outgoing.Digest(digestDay, batch)
                : summary ? CountySummary.Of(batch, CountyName(batch[0].CountyCode))
                : Outgoing.For(batch[0]);
            await PaceAsync(channel, cancellationToken).ConfigureAwait(false);
            string? error = null;
            try
            {
                await sender.SendAsync(channel, outgoing, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is DeliveryException or HttpRequestException or IOException or TimeoutException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                error = ex.Message;
                errors.Add($"{channel.Name} {string.Join(",", batch.Select(m => m.MessageId))}: {ex.Message}");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var message in batch)
            {
                var before = known[(message.MessageId, channel.Name)];
                var attempts = before.Attempts + 1;
                var giveUp = error is not null && attempts >= MaxAttempts;
                var after = new DeliveryRecord
                {
                    MessageId = message.MessageId,
                    Channel = channel.Name,
                    Status = error is null ? DeliveryStatus.Delivered : giveUp ? DeliveryStatus.Failed : DeliveryStatus.Retrying,
                    Attempts = attempts,
                    LastError = error,
                    NextAttemptUtc = error is null || giveUp ? null : now + Backoff(attempts),
                    DeliveredAtUtc = error is null ? now : null,
                };
                await ledger.RecordAsync(after, cancellationToken).ConfigureAwait(false);
                known[(message.MessageId, channel.Name)] = after;
                switch (after.Status)
                {
                    case DeliveryStatus.Delivered:
                        delivered++;
                        break;
                    case DeliveryStatus.Failed:
                        failed++;
                        if (message.Rule != DeliveryFailedRule)
                        {
                            givenUp.Add(DeliveryFailedAlert.For(message, channel, after, now));
                        }

                        break;
                    default:
                        retrying++;
                        break;
                }
            }
        }

        // Into the outbox like any alert (its id is stable, so it is queued once): operations channels get it on the next run.
        if (givenUp.Count > 0)
        {
            await alerts.ApplyAsync(new AlertChanges([], givenUp), cancellationToken).ConfigureAwait(false);
        }

        return (new DeliveryResult(delivered, retrying, failed, errors), known);
    }

    /// <summary>
    /// Marks the line <c>sending</c> if it is still as this run read it; on success <paramref name="known"/> holds
    /// the claim (attempts and last error carried over), on failure the line is left to whoever claimed it.
    /// </summary>
    private async Task<bool> ClaimAsync(AlertMessage message, Channel channel, Dictionary<(string, string), DeliveryRecord> known, CancellationToken ct)
    {
        known.TryGetValue((message.MessageId, channel.Name), out var seen);
        var claim = new DeliveryRecord
        {
            MessageId = message.MessageId,
            Channel = channel.Name,
            Status = DeliveryStatus.Sending,
            Attempts = seen?.Attempts ?? 0,
            LastError = seen?.LastError,
            NextAttemptUtc = clock.GetUtcNow().UtcDateTime + ClaimLease,
        };
        if (!await ledger.TryClaimAsync(claim, seen, ct).ConfigureAwait(false))
        {
            return false;
        }

        known[(message.MessageId, channel.Name)] = claim;
        return true;
    }

    /// <summary>
    /// What is due, in outbox order: each message to each channel of its audience that has not received it
    /// (and is not waiting for its backoff, nor claimed by a notifier sending it now); a digest channel gets one
    /// send per complete Beijing day (<c>Day</c>), with that day's messages due (today's wait for tomorrow, so a
    /// day is never split over two digests but by a retry or a concurrent notifier).
    /// </summary>
    private IEnumerable<(Channel Channel, IReadOnlyList<AlertMessage> Batch, DateOnly? Day, bool Summary)> Sends(
        IReadOnlyList<Channel> channels, IReadOnlyList<AlertMessage> messages, Dictionary<(string, string), DeliveryRecord> known)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = BeijingDay(now);
        bool Due(AlertMessage m, Channel c) =>
            Takes(c, m)
            && !(known.TryGetValue((m.MessageId, c.Name), out var before)
                 && (before.Status is DeliveryStatus.Delivered or DeliveryStatus.Failed || (before.NextAttemptUtc is { } next && next > now)));

        foreach (var message in messages)
        {
            foreach (var channel in channels.Where(c => SentAlone(c, message) && Due(message, c)))
            {
                yield return (channel, [message], null, false);
            }
        }

        foreach (var channel in channels.Where(c => c.SummarisesSchools && !c.DailyDigest))
        {
            foreach (var group in CountySummary.Groups(messages.Where(m => Due(m, channel))))
            {
                yield return (channel, group, null, true);
            }
        }

        foreach (var channel in channels.Where(c => c.DailyDigest))
        {
            foreach (var day in messages.Where(m => Due(m, channel)).GroupBy(m => BeijingDay(m.OccurredAtUtc)).Where(g => g.Key < today).OrderBy(g => g.Key))
            {
                yield return (channel, [.. day], day.Key, false);
            }
        }
    }

    /// <summary>Whether the channel gets the message as a send of its own, not in a digest or a county summary.</summary>
    private static bool SentAlone(Channel channel, AlertMessage message) =>
        !channel.DailyDigest && !(channel.SummarisesSchools && CountySummary.IsPerSchool(message));

    /// <summary>The channel's audience, severity and rules, and its counties.</summary>
    private bool Takes(Channel channel, AlertMessage message) => channel.Accepts(message) && channel.Covers(homeCounty.Resolve(message.CountyCode));

    /// <summary>The home county by its name; another by its code (the message carries no name).</summary>
    private string CountyName(string? countyCode) => countyCode is null ? homeCounty.Name : countyCode;

    private static DateOnly BeijingDay(DateTime utc) => DateOnly.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc).AddHours(8));

    /// <summary>
    /// Waits until a send to <paramref name="channel"/> keeps within its limit over the last minute, then counts it.
    /// The window lives as long as this instance, not one call: the Azure drain delivers message by message.
    /// </summary>
    private async Task PaceAsync(Channel channel, CancellationToken ct)
    {
        if (channel.PerMinute is not { } limit)
        {
            return;
        }

        var window = windows.GetOrAdd(channel.Name, _ => new Queue<DateTimeOffset>());
        var wait = TimeSpan.Zero;
        lock (window)
        {
            if (window.Count >= limit)
            {
                wait = window.Dequeue() + TimeSpan.FromMinutes(1) - clock.GetUtcNow();
            }
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, ct).ConfigureAwait(false);
        }

        lock (window)
        {
            window.Enqueue(clock.GetUtcNow());
        }
    }

    /// <summary>The wait after the <paramref name="attempts"/>-th failure: 1 minute, doubling, at most a day.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(Math.Pow(2, Math.Max(0, attempts - 1)), TimeSpan.FromDays(1).TotalMinutes));
}
