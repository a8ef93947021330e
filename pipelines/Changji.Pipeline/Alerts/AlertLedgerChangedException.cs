namespace Changji.Pipeline.Alerts;

/// <summary>
/// A line that <see cref="AlertChanges.Basis"/> relied on was changed by another writer before the
/// changes were stored: nothing was applied, and the caller decides again from a fresh read (the
/// Azure host recomputes; applying the old decisions could open a line twice or resolve a reopened one).
/// </summary>
public sealed class AlertLedgerChangedException : Exception
{
    public AlertLedgerChangedException()
    {
    }

    public AlertLedgerChangedException(string message)
        : base(message)
    {
    }

    public AlertLedgerChangedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
