using Changji.Pipeline.Alerts;
using Changji.Pipeline.Ports;
using Changji.Pipeline.Recompute;

namespace Changji.Testing.Contracts;

/// <summary>
/// What <c>UnchangedRecompute</c> relies on from any information database (<see cref="IRecomputeStamps"/>):
/// every ledger write raises the version by one, and a stamp comes back as written. Each adapter's test
/// project derives from this and says how to make an empty store.
/// </summary>
public abstract class RecomputeStampsContract
{
    private static readonly DateTime Start = new(2025, 10, 1, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>An empty store; both ports may be one object.</summary>
    protected abstract Task<(IAlertLedger Alerts, IRecomputeStamps Stamps)> CreateStampsAsync();

    [Fact]
    public async Task Version_EveryNonEmptyWrite_RaisesTheCountByOne()
    {
        var (alerts, stamps) = await CreateStampsAsync();
        Assert.Equal(AlertLedgerVersion.None, await stamps.AlertLedgerVersionAsync());
        var changes = AlertReconciler.Reconcile(2024, [AlertRule.SubmissionMissing], [Missing("funding")], [], Start);

        await alerts.ApplyAsync(changes);
        var afterLines = await stamps.AlertLedgerVersionAsync();
        await alerts.ApplyAsync(new AlertChanges([], [TestAlertMessages.Opened("bulletin-1")]));
        var afterMessage = await stamps.AlertLedgerVersionAsync();
        await alerts.ApplyAsync(AlertChanges.None);
        await alerts.MarkSentAsync(["bulletin-1"], Start);

        Assert.Equal(1, afterLines.Writes);
        Assert.Equal(2, afterMessage.Writes);
        // Marking sent changes the outbox only, which no recompute reads.
        Assert.Equal(afterMessage, await stamps.AlertLedgerVersionAsync());
    }

    [Fact]
    public async Task Stamp_WrittenThenRead_ComesBackPerRequestAndIsReplaced()
    {
        var (_, stamps) = await CreateStampsAsync();
        Assert.Null(await stamps.ReadStampAsync("years *..*"));
        // Larger than one table property holds, and not compressible to nothing.
        var results = string.Concat(Enumerable.Range(0, 60_000).Select(i => $"{i * 7919 % 100_003},\u6821"));

        await stamps.WriteStampAsync("years *..*", new RecomputeStamp("first", results));
        await stamps.WriteStampAsync("years 2024..2024", new RecomputeStamp("other", "[]"));
        var first = await stamps.ReadStampAsync("years *..*");
        await stamps.WriteStampAsync("years *..*", new RecomputeStamp("second", "[1]"));

        Assert.Equal(new RecomputeStamp("first", results), first);
        Assert.Equal(new RecomputeStamp("second", "[1]"), await stamps.ReadStampAsync("years *..*"));
        Assert.Equal(new RecomputeStamp("other", "[]"), await stamps.ReadStampAsync("years 2024..2024"));
    }

    private static FiredAlert Missing(string kind) => new()
    {
        Rule = AlertRule.SubmissionMissing,
        Year = 2024,
        Subject = kind,
        MessageZh = $"2024学年 {kind} 逾期未报送",
    };
}
