namespace Changji.Functions.Configuration;

/// <summary>
/// What the trigger attributes name; attributes need constants. The queues are those of
/// infra/storage-names.json and the schedules are the <c>ReconcileSchedule</c>, <c>BulletinSchedule</c>, <c>TemplatesSchedule</c>, <c>NotifySchedule</c> and <c>BackupSchedule</c> app settings; a test keeps them in step.
/// </summary>
public static class TriggerNames
{
    public const string IngestQueue = "ingest-requests";
    public const string RecomputeQueue = "recompute-requests";

    /// <summary>The trigger's connection: the <c>Storage</c> settings the adapters also read (Storage__queueServiceUri, or a connection string on Azurite).</summary>
    public const string Connection = "Storage";
    public const string ReconcileScheduleSetting = "ReconcileSchedule";
    public const string ReconcileSchedule = "%" + ReconcileScheduleSetting + "%";

    /// <summary>The 督查通报 timer: NCRONTAB in UTC (Functions timers run in UTC), default 09:00 Beijing on the 1st = <c>0 0 1 1 * *</c>.</summary>
    public const string BulletinScheduleSetting = "BulletinSchedule";
    public const string BulletinSchedule = "%" + BulletinScheduleSetting + "%";

    /// <summary>The templates timer: NCRONTAB in UTC, default 09:00 Beijing on 1 September = <c>0 0 1 1 9 *</c>.</summary>
    public const string TemplatesScheduleSetting = "TemplatesSchedule";
    public const string TemplatesSchedule = "%" + TemplatesScheduleSetting + "%";
    public const string NotifyScheduleSetting = "NotifySchedule";
    public const string NotifySchedule = "%" + NotifyScheduleSetting + "%";

    /// <summary>The nightly export of the tables to <c>backup/</c>: NCRONTAB in UTC, default 03:00 Beijing = <c>0 0 19 * * *</c>.</summary>
    public const string BackupScheduleSetting = "BackupSchedule";
    public const string BackupSchedule = "%" + BackupScheduleSetting + "%";
}
