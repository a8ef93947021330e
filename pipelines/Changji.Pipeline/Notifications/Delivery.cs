using Changji.Pipeline.Ports;

namespace Changji.Pipeline.Notifications;

/// <summary>
/// Delivers the outbox's messages to the channels of their audience (docs/notifications.md). Each
/// (message, channel) is recorded in the delivery ledger: once delivered it is never sent again; a
/// failure is retried on a later run once its backoff has passed (1, 2, 4 … minutes, at most a day);
/// after <see cref="MaxAttempts"/> failures it is marked failed and left alone. A channel with
/// <see cref="Channel.PerMinute"/> is paced: the run waits rather than exceed it.
/// </summary>
public sealed class Delivery(IDeliveryLedger ledger, IChannelSender sender, TimeProvider clock)
{
    public const int MaxAttempts = 10;

    public async Task<DeliveryResult> RunAsync(IReadOnlyList<Channel> channels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channels);
        if (channels.Count == 0)
        {
            return new DeliveryResult(0, 0, 0, []);
        }

        var known = (await ledger.DeliveriesAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(d => (d.MessageId, d.Channel));
        int delivered = 0, retrying = 0, failed = 0;
        var errors = new List<string>();
        var windows = channels.ToDictionary(c => c.Name, _ => new Queue<DateTimeOffset>());
        foreach (var message in await ledger.OutboxMessagesAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var channel in channels.Where(c => c.Accepts(message)))
            {
                known.TryGetValue((message.MessageId, channel.Name), out var before);
                var now = clock.GetUtcNow().UtcDateTime;
                if (before is { Status: DeliveryStatus.Delivered or DeliveryStatus.Failed }
                    || (before is { NextAttemptUtc: { } due } && due > now))
                {
                    continue;
                }

                await PaceAsync(channel, windows[channel.Name], cancellationToken).ConfigureAwait(false);
                DeliveryRecord after;
                try
                {
                    await sender.SendAsync(channel, message, cancellationToken).ConfigureAwait(false);
                    after = new DeliveryRecord
                    {
                        MessageId = message.MessageId,
                        Channel = channel.Name,
                        Status = DeliveryStatus.Delivered,
                        Attempts = (before?.Attempts ?? 0) + 1,
                        DeliveredAtUtc = clock.GetUtcNow().UtcDateTime,
                    };
                    delivered++;
                }
                catch (Exception ex) when (ex is DeliveryException or HttpRequestException or IOException or TimeoutException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    var attempts = (before?.Attempts ?? 0) + 1;
                    var giveUp = attempts >= MaxAttempts;
                    after = new DeliveryRecord
                    {
                        MessageId = message.MessageId,
                        Channel = channel.Name,
                        Status = giveUp ? DeliveryStatus.Failed : DeliveryStatus.Retrying,
                        Attempts = attempts,
                        LastError = ex.Message,
                        NextAttemptUtc = giveUp ? null : now + Backoff(attempts),
                    };
                    errors.Add($"{channel.Name} {message.MessageId}: {ex.Message}");
                    if (giveUp)
                    {
                        failed++;
                    }
                    else
                    {
                        retrying++;
                    }
                }

                await ledger.RecordAsync(after, cancellationToken).ConfigureAwait(false);
                known[(message.MessageId, channel.Name)] = after;
            }
        }

        return new DeliveryResult(delivered, retrying, failed, errors);
    }

    /// <summary>Waits until a send to <paramref name="channel"/> keeps within its limit over the last minute, then counts it.</summary>
    private async Task PaceAsync(Channel channel, Queue<DateTimeOffset> window, CancellationToken ct)
    {
        if (channel.PerMinute is not { } limit)
        {
            return;
        }

        if (window.Count >= limit)
        {
            var wait = window.Dequeue() + TimeSpan.FromMinutes(1) - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, ct).ConfigureAwait(false);
            }
        }

        window.Enqueue(clock.GetUtcNow());
    }

    /// <summary>The wait after the <paramref name="attempts"/>-th failure: 1 minute, doubling, at most a day.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(Math.Pow(2, Math.Max(0, attempts - 1)), TimeSpan.FromDays(1).TotalMinutes));
}

/// <summary>What a delivery run did: sent, failed and to be retried, given up; one line per failure.</summary>
public sealed record DeliveryResult(int Delivered, int Retrying, int Failed, IReadOnlyList<string> Errors);
