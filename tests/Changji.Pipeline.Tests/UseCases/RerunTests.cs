using Changji.Pipeline.Submissions;
using Changji.Pipeline.Tests.Support;

namespace Changji.Pipeline.Tests.UseCases;

/// <summary>Nothing doubled: running the same input again changes no output and sends nothing twice.</summary>
public sealed class RerunTests : IDisposable
{
    private readonly SampleRun run = new();

    [Fact]
    public async Task Rerun_SameSamples_ChangesNoOutputAndWritesNoNewMessage()
    {
        var first = await run.RunAsync();
        var before = run.Snapshot("curated", "outbox", "raw", "reports");
        run.Clock.Now = run.Clock.Now.AddDays(3);

        var second = await run.RunAsync();

        Assert.All(second.Files, f => Assert.True(f.Duplicate));
        Assert.False(second.AnyRejected);
        Assert.Equal(0, second.Outbox.Sent);
        Assert.All(second.Years, y => Assert.True(y.AlertChanges.IsEmpty && y.LedgerLinesChanged == 0));
        Assert.Equal(before, run.Snapshot("curated", "outbox", "raw", "reports"));
        Assert.True(first.Outbox.Sent > 0);
    }

    [Fact]
    public async Task Run_Samples_ArchivesEveryFileUnchangedUnderItsHash()
    {
        var summary = await run.RunAsync();

        foreach (var file in summary.Files)
        {
            var original = File.ReadAllBytes(Path.Combine(RepoRoot.Samples, file.Submission.Path));
            var archived = Directory.GetFiles(run.Workspace.RawFolder, file.Submission.Sha256 + "*").Single();
            Assert.Equal(original, File.ReadAllBytes(archived));
        }
    }

    [Fact]
    public async Task Run_FreshOutputTwiceAtTheSameTime_GivesIdenticalCuratedFiles()
    {
        using var other = new SampleRun(new FixedClock(run.Clock.Now));
        await run.RunAsync();
        await other.RunAsync();

        Assert.Equal(run.Snapshot("curated", "outbox"), other.Snapshot("curated", "outbox"));
    }

    [Fact]
    public async Task Run_Samples_ShowsTheDeliberatelyBadFileAsRejectedRows()
    {
        var summary = await run.RunAsync();

        Assert.True(summary.AnyRejected);
        var bad = Assert.Single(summary.Files, f => f.Submission.Status != SubmissionStatus.Accepted);
        Assert.True(bad.Submission.RowsRejected > 0);
        var report = File.ReadAllText(Path.Combine(run.Workspace.ReportsFolder, bad.ReportName!));
        Assert.Contains("第", report, StringComparison.Ordinal);
        Assert.Contains("行", report, StringComparison.Ordinal);
    }

    public void Dispose() => run.Dispose();
}
