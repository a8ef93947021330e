using Azure;
using Azure.Data.Tables;
using Changji.Pipeline;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Notifications;

namespace Changji.Storage.Azure.Tables;

public sealed partial class AzureTableInformationStore
{
    public async Task<IReadOnlyList<AlertMessage>> OutboxMessagesAsync(CancellationToken cancellationToken = default)
    {
        var rows = await TableReads.RangePrefixAsync(alerts, TableLayout.LedgerRange, TableLayout.OutboxPrefix, cancellationToken).ConfigureAwait(false);
        return rows
            .OrderBy(e => e.GetString("SortKey"), StringComparer.Ordinal)
            .Select(e => PipelineJson.Deserialize<AlertMessage>(PayloadColumns.Read(e)))
            .ToList();
    }

    public async Task<IReadOnlyList<DeliveryRecord>> DeliveriesAsync(CancellationToken cancellationToken = default)
    {
        var rows = await TableReads.PartitionAsync(alerts, TableLayout.DeliveryPartition, cancellationToken).ConfigureAwait(false);
        return rows.Select(Record)
        .OrderBy(d => d.MessageId, StringComparer.Ordinal).ThenBy(d => d.Channel, StringComparer.Ordinal)
        .ToList();
    }

    /// <summary>
    /// One row per (message, channel), written with the ETag read just before; a row already
    /// <c>delivered</c> is left as it is, so a slower concurrent host cannot turn a delivery back into a failure.
    /// </summary>
    public Task RecordAsync(DeliveryRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entity = Entity(record);
        return resilience.OnConflictAsync(async c =>
        {
            var before = await TableReads.FindAsync(alerts, TableLayout.DeliveryPartition, entity.RowKey, c).ConfigureAwait(false);
            if (before?.GetString("Status") == "delivered")
            {
                return;
            }

            if (before is null)
            {
                await alerts.AddEntityAsync(entity, c).ConfigureAwait(false);
            }
            else
            {
                await alerts.UpdateEntityAsync(entity, before.ETag, TableUpdateMode.Replace, c).ConfigureAwait(false);
            }
        }, cancellationToken);
    }

    /// <summary>
    /// Adds the row when none was seen (409 if another host added it first), or replaces it with the ETag of a
    /// read that still matches what was seen (412 if another host wrote it since): either way exactly one wins.
    /// Not retried on conflict: losing the race is the answer.
    /// </summary>
    public async Task<bool> TryClaimAsync(DeliveryRecord claim, DeliveryRecord? seen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var entity = Entity(claim);
        try
        {
            if (seen is null)
            {
                await alerts.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                return true;
            }

            var before = await TableReads.FindAsync(alerts, TableLayout.DeliveryPartition, entity.RowKey, cancellationToken).ConfigureAwait(false);
            if (before is null || Record(before) is not { Status: not DeliveryStatus.Delivered } now
                || (now.Status, now.Attempts, now.NextAttemptUtc) != (seen.Status, seen.Attempts, seen.NextAttemptUtc))
            {
                return false;
            }

            await alerts.UpdateEntityAsync(entity, before.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    private static TableEntity Entity(DeliveryRecord record) =>
        new(TableLayout.DeliveryPartition, TableKey.Escape(record.MessageId) + "|" + TableKey.Escape(record.Channel))
        {
            ["MessageId"] = record.MessageId,
            ["Channel"] = record.Channel,
            ["Status"] = record.Status.ToString().ToLowerInvariant(),
            ["Attempts"] = record.Attempts,
            ["LastError"] = record.LastError,
            ["NextAttemptUtc"] = Utc(record.NextAttemptUtc),
            ["DeliveredAtUtc"] = Utc(record.DeliveredAtUtc),
        };

    private static DeliveryRecord Record(TableEntity e) => new()
    {
        MessageId = e.GetString("MessageId"),
        Channel = e.GetString("Channel"),
        Status = Enum.Parse<DeliveryStatus>(e.GetString("Status"), ignoreCase: true),
        Attempts = e.GetInt32("Attempts") ?? 0,
        LastError = e.GetString("LastError"),
        NextAttemptUtc = e.GetDateTimeOffset("NextAttemptUtc")?.UtcDateTime,
        DeliveredAtUtc = e.GetDateTimeOffset("DeliveredAtUtc")?.UtcDateTime,
    };

    private static DateTimeOffset? Utc(DateTime? value) =>
        value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
}
