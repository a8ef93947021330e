namespace Changji.Storage.Azure.Backups;

/// <summary>
/// The clock of a replay from <c>raw/</c>: each file is received again as of its own receipt instant, so its
/// ledger line, its lateness against the deadlines and the alerts its recompute raises are those of the
/// first time. Unset, it is the system clock. One replay at a time sets it, file after file.
/// </summary>
public sealed class ReplayClock : TimeProvider
{
    private DateTimeOffset? at;

    public override DateTimeOffset GetUtcNow() => at ?? System.GetUtcNow();

    public void Set(DateTimeOffset? instant) => at = instant;
}
