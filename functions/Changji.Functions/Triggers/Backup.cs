using Changji.Functions.Configuration;
using Changji.Storage.Azure.Backups;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Changji.Functions.Triggers;

/// <summary>Timer (<c>BackupSchedule</c>, NCRONTAB in UTC): exports the tables to one snapshot in <c>backup/</c> (docs/runbooks.md, "Restore the information database").</summary>
public sealed class Backup(TableBackup backup, ILogger<Backup> logger)
{
    [Function(nameof(Backup))]
    public async Task RunAsync([TimerTrigger(TriggerNames.BackupSchedule, RunOnStartup = false)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var result = await backup.ExportAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation(
            "Backup: snapshot {Snapshot} written, {Entities} entities ({Tables})",
            result.Snapshot, result.Counts.Values.Sum(), string.Join(", ", result.Counts.Select(c => $"{c.Key}={c.Value}")));
    }
}
