using Azure.Data.Tables;
using Changji.Pipeline;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Notifications;

namespace Changji.Storage.Azure.Tables;

public sealed partial class AzureTableInformationStore
{
    public async Task<IReadOnlyList<AlertMessage>> OutboxMessagesAsync(CancellationToken cancellationToken = default)
    {
        var rows = await TableReads.PrefixAsync(alerts, TableLayout.LedgerPartition, TableLayout.OutboxPrefix, cancellationToken).ConfigureAwait(false);
        return rows
            .OrderBy(e => e.GetString("SortKey"), StringComparer.Ordinal)
            .Select(e => PipelineJson.Deserialize<AlertMessage>(PayloadColumns.Read(e)))
            .ToList();
    }

    public async Task<IReadOnlyList<DeliveryRecord>> DeliveriesAsync(CancellationToken cancellationToken = default)
    {
        var rows = await TableReads.PartitionAsync(alerts, TableLayout.DeliveryPartition, cancellationToken).ConfigureAwait(false);
        return rows.Select(e => new DeliveryRecord
        {
            MessageId = e.GetString("MessageId"),
            Channel = e.GetString("Channel"),
            Status = Enum.Parse<DeliveryStatus>(e.GetString("Status"), ignoreCase: true),
            Attempts = e.GetInt32("Attempts") ?? 0,
            LastError = e.GetString("LastError"),
            NextAttemptUtc = e.GetDateTimeOffset("NextAttemptUtc")?.UtcDateTime,
            DeliveredAtUtc = e.GetDateTimeOffset("DeliveredAtUtc")?.UtcDateTime,
        })
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
        var rk = TableKey.Escape(record.MessageId) + "|" + TableKey.Escape(record.Channel);
        return resilience.OnConflictAsync(async c =>
        {
            var before = await TableReads.FindAsync(alerts, TableLayout.DeliveryPartition, rk, c).ConfigureAwait(false);
            if (before?.GetString("Status") == "delivered")
            {
                return;
            }

            var entity = new TableEntity(TableLayout.DeliveryPartition, rk)
            {
                ["MessageId"] = record.MessageId,
                ["Channel"] = record.Channel,
                ["Status"] = record.Status.ToString().ToLowerInvariant(),
                ["Attempts"] = record.Attempts,
                ["LastError"] = record.LastError,
                ["NextAttemptUtc"] = Utc(record.NextAttemptUtc),
                ["DeliveredAtUtc"] = Utc(record.DeliveredAtUtc),
            };
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

    private static DateTimeOffset? Utc(DateTime? value) =>
        value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
}
