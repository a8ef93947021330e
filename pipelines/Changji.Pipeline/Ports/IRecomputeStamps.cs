using Changji.Pipeline.Recompute;

namespace Changji.Pipeline.Ports;

/// <summary>
/// What the information database keeps so a recompute whose inputs did not change can be skipped
/// (<see cref="UseCases.UnchangedRecompute"/>): the alert ledger's version and, per request, the stamp of
/// the last completed recompute with what it returned.
/// </summary>
public interface IRecomputeStamps
{
    /// <summary>
    /// The ledger's version: every <see cref="IAlertLedger.ApplyAsync"/> of non-empty changes raises its count by
    /// exactly one, after its lines are stored (also when it fails part-way), so a reader that reads this before
    /// the ledger never takes a ledger changed since for the one it read. <see cref="AlertLedgerVersion.None"/> before the first write.
    /// </summary>
    Task<AlertLedgerVersion> AlertLedgerVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>The stamp stored for <paramref name="request"/>, or null when none was.</summary>
    Task<RecomputeStamp?> ReadStampAsync(string request, CancellationToken cancellationToken = default);

    /// <summary>Replaces the stamp of <paramref name="request"/>.</summary>
    Task WriteStampAsync(string request, RecomputeStamp stamp, CancellationToken cancellationToken = default);
}
