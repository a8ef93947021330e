using Changji.Pipeline.Recompute;

namespace Changji.Pipeline.Tests.Recompute;

/// <summary>What makes two recomputes' inputs the same: the Beijing day as the rules see it, and a ledger moved by one's own writes alone.</summary>
public sealed class RecomputeInputsTests
{
    private static readonly RecomputeInputs Before = new("years *..*", new AlertLedgerVersion(4, "a"), "submissions", "settings", "2026-06-01");

    [Theory]
    [InlineData("2026-06-01T08:00:00+08:00", "2026-06-01T23:59:58.999+08:00", true)]
    [InlineData("2026-06-01T08:00:00+08:00", "2026-06-01T23:59:59+08:00", true)]
    [InlineData("2026-06-01T23:59:59+08:00", "2026-06-01T23:59:59.001+08:00", false)]
    [InlineData("2026-06-01T23:59:59.5+08:00", "2026-06-02T00:00:00+08:00", false)]
    [InlineData("2026-06-01T15:59:00Z", "2026-06-01T16:00:00Z", false)]
    [InlineData("2026-06-01T16:00:00Z", "2026-06-02T08:00:00Z", true)]
    public void DayOf_TwoInstants_SameExactlyWhenNoDeadlineOrDateFallsBetween(string first, string second, bool same)
    {
        var a = RecomputeInputs.DayOf(DateTimeOffset.Parse(first, System.Globalization.CultureInfo.InvariantCulture));
        var b = RecomputeInputs.DayOf(DateTimeOffset.Parse(second, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(same, a == b);
    }

    [Fact]
    public void FollowOnlyFrom_LedgerMovedByOwnWritesAlone_Holds()
    {
        Assert.True((Before with { LedgerVersion = new(6, "b") }).FollowOnlyFrom(Before, 2));
        Assert.True(Before.FollowOnlyFrom(Before, 0));
    }

    [Fact]
    public void FollowOnlyFrom_AnotherWriterOrRestoreOrInput_DoesNotHold()
    {
        Assert.False((Before with { LedgerVersion = new(7, "b") }).FollowOnlyFrom(Before, 2));
        Assert.False((Before with { LedgerVersion = new(4, "restored") }).FollowOnlyFrom(Before, 0));
        Assert.False((Before with { Submissions = "another file" }).FollowOnlyFrom(Before, 0));
        Assert.False((Before with { Day = "2026-06-02" }).FollowOnlyFrom(Before, 0));
        Assert.False((Before with { Settings = "other" }).FollowOnlyFrom(Before, 0));
    }

    [Fact]
    public void Hash_OutputsDiffer_Differs()
    {
        Assert.NotEqual(Before.Hash("listing"), Before.Hash("listing after a deletion"));
        Assert.Equal(Before.Hash("listing"), (Before with { }).Hash("listing"));
    }
}
