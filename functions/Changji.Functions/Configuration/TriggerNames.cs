namespace Changji.Functions.Configuration;

/// <summary>
/// What the trigger attributes name; attributes need constants. The queues are those of
/// infra/storage-names.json and the schedule is the <c>ReconcileSchedule</c> app setting; a test keeps them in step.
/// </summary>
public static class TriggerNames
{
    public const string IngestQueue = "ingest-requests";
    public const string RecomputeQueue = "recompute-requests";

    /// <summary>The trigger's connection: the <c>Storage</c> settings the adapters also read (Storage__queueServiceUri, or a connection string on Azurite).</summary>
    public const string Connection = "Storage";
    public const string ReconcileScheduleSetting = "ReconcileSchedule";
    public const string ReconcileSchedule = "%" + ReconcileScheduleSetting + "%";
    public const string NotifyScheduleSetting = "NotifySchedule";
    public const string NotifySchedule = "%" + NotifyScheduleSetting + "%";
}
