using System.Globalization;
using Changji.Pipeline;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Notifications;

namespace Changji.Storage.Local;

public sealed partial class SqliteInformationStore
{
    public Task<IReadOnlyList<AlertMessage>> OutboxMessagesAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        IReadOnlyList<AlertMessage> all = Query(connection, "SELECT payload FROM outbox ORDER BY seq",
            r => PipelineJson.Deserialize<AlertMessage>(r.GetString(0)));
        return Task.FromResult(all);
    }

    public Task<IReadOnlyList<DeliveryRecord>> DeliveriesAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        IReadOnlyList<DeliveryRecord> all = Query(connection,
            "SELECT message_id, channel, status, attempts, last_error, next_attempt_at, delivered_at FROM deliveries ORDER BY message_id, channel",
            r => new DeliveryRecord
            {
                MessageId = r.GetString(0),
                Channel = r.GetString(1),
                Status = Enum.Parse<DeliveryStatus>(r.GetString(2), ignoreCase: true),
                Attempts = r.GetInt32(3),
                LastError = r.IsDBNull(4) ? null : r.GetString(4),
                NextAttemptUtc = r.IsDBNull(5) ? null : Instant(r.GetString(5)),
                DeliveredAtUtc = r.IsDBNull(6) ? null : Instant(r.GetString(6)),
            });
        return Task.FromResult(all);
    }

    /// <summary>An upsert that never replaces a <c>delivered</c> line, so a slower concurrent run cannot turn a delivery back into a failure.</summary>
    public Task RecordAsync(DeliveryRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var connection = Open();
        Execute(connection, null, """
            INSERT INTO deliveries (message_id, channel, status, attempts, last_error, next_attempt_at, delivered_at)
            VALUES ($id, $channel, $status, $attempts, $error, $next, $delivered)
            ON CONFLICT (message_id, channel) DO UPDATE SET
                status = excluded.status, attempts = excluded.attempts, last_error = excluded.last_error,
                next_attempt_at = excluded.next_attempt_at, delivered_at = excluded.delivered_at
            WHERE deliveries.status <> 'delivered'
            """,
            ("$id", record.MessageId), ("$channel", record.Channel), ("$status", record.Status.ToString().ToLowerInvariant()),
            ("$attempts", record.Attempts), ("$error", record.LastError),
            ("$next", record.NextAttemptUtc?.ToString("O", CultureInfo.InvariantCulture)),
            ("$delivered", record.DeliveredAtUtc?.ToString("O", CultureInfo.InvariantCulture)));
        return Task.CompletedTask;
    }

    /// <summary>
    /// One statement each, so SQLite's write lock makes it atomic across processes: an insert that does nothing
    /// if a line appeared meanwhile, or an update only while the line is still as the caller read it.
    /// </summary>
    public Task<bool> TryClaimAsync(DeliveryRecord claim, DeliveryRecord? seen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        using var connection = Open();
        (string, object?)[] values =
        [
            ("$id", claim.MessageId), ("$channel", claim.Channel), ("$status", Code(claim.Status)), ("$attempts", claim.Attempts),
            ("$error", claim.LastError), ("$next", Text(claim.NextAttemptUtc)),
        ];
        var sql = seen is null
            ? """
              INSERT INTO deliveries (message_id, channel, status, attempts, last_error, next_attempt_at, delivered_at)
              VALUES ($id, $channel, $status, $attempts, $error, $next, NULL)
              ON CONFLICT (message_id, channel) DO NOTHING
              """
            : """
              UPDATE deliveries SET status = $status, attempts = $attempts, last_error = $error, next_attempt_at = $next, delivered_at = NULL
              WHERE message_id = $id AND channel = $channel AND status <> 'delivered'
                AND status = $seen_status AND attempts = $seen_attempts AND next_attempt_at IS $seen_next
              """;
        if (seen is not null)
        {
            values = [.. values, ("$seen_status", Code(seen.Status)), ("$seen_attempts", seen.Attempts), ("$seen_next", Text(seen.NextAttemptUtc))];
        }

        using var command = Command(connection, null, sql, values);
        return Task.FromResult(command.ExecuteNonQuery() == 1);
    }

    private static string Code(DeliveryStatus status) => status.ToString().ToLowerInvariant();

    private static string? Text(DateTime? instant) => instant?.ToString("O", CultureInfo.InvariantCulture);

    private static DateTime Instant(string text) =>
        DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
