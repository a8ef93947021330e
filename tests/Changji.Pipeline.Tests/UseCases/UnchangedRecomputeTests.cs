using Changji.Pipeline.Alerts;
using Changji.Pipeline.Composition;
using Changji.Pipeline.Tests.Support;
using Changji.Storage.Local;

namespace Changji.Pipeline.Tests.UseCases;

/// <summary>
/// A rerun with nothing new recomputes nothing, writes nothing and returns what a full recompute returns;
/// any one input changed makes it recompute in full (real SQLite, real folders).
/// </summary>
public sealed class UnchangedRecomputeTests : IDisposable
{
    private static readonly string[] Outputs = ["curated", "reports", "outbox", "raw"];
    private readonly TempFolder folder = new();
    private readonly FixedClock clock = FixedClock.InSchoolYear2025();
    private readonly string input;
    private readonly RecomputeOutput output;

    public UnchangedRecomputeTests()
    {
        input = folder.Combine("incoming");
        foreach (var file in Directory.EnumerateFiles(RepoRoot.Samples, "*", SearchOption.AllDirectories).Where(f => !f.Contains("2025", StringComparison.Ordinal)))
        {
            var target = Path.Combine(input, Path.GetRelativePath(RepoRoot.Samples, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        output = new RecomputeOutput(folder.Combine("out"), input, clock);
    }

    [Fact]
    public async Task Rerun_NothingChanged_RecomputesNothingWritesNothingAndReturnsTheFullRecomputesSummary()
    {
        var first = await output.RunAsync();
        var files = output.Files(Outputs);
        var ledger = output.LedgerRows();
        var database = File.GetLastWriteTimeUtc(Path.Combine(output.Root, "infodb.sqlite"));
        var full = new RecomputeOutput(folder.Combine("full"), input, clock, undecorated: true);
        CopyFolder(output.Root, full.Root);
        clock.Now = clock.Now.AddHours(2);

        var second = await output.RunAsync();
        var fullSecond = await full.RunAsync();

        Assert.True(first.Outbox.Sent > 0);
        Assert.Equal(1, output.Recomputes);
        Assert.Equal(1, full.Recomputes);
        Assert.Equal(RecomputeOutput.Describe(fullSecond), RecomputeOutput.Describe(second));
        Assert.All(second.Years, y => Assert.True(y.AlertChanges.IsEmpty && y.LedgerLinesChanged == 0));
        Assert.Contains(second.Years, y => y.Evaluation is not null);
        Assert.Equal(files, output.Files(Outputs));
        Assert.Equal(ledger, output.LedgerRows());
        Assert.Equal(database, File.GetLastWriteTimeUtc(Path.Combine(output.Root, "infodb.sqlite")));
        Assert.Equal(0, second.Outbox.Sent);
    }

    [Fact]
    public async Task Rerun_NewFileInTheDropZone_Recomputes()
    {
        await output.RunAsync();
        File.Copy(Path.Combine(RepoRoot.Samples, "2025", "县级指标数据-2025.csv"), Path.Combine(Directory.CreateDirectory(Path.Combine(input, "2025")).FullName, "县级指标数据-2025.csv"));

        var second = await output.RunAsync();

        Assert.Equal(2, output.Recomputes);
        Assert.Contains(second.Years, y => y.Year == 2025);
    }

    [Fact]
    public async Task Rerun_AlertLedgerWrittenByAnotherWriter_Recomputes()
    {
        await output.RunAsync();
        // What WriteBulletin or Delivery do: a message of their own in the outbox, through the ledger.
        var notice = new AlertMessage
        {
            MessageId = "bulletin-2026-05", AlertId = "bulletin", EventType = "bulletin", Rule = "bulletin", RuleNameZh = "督导通报",
            Severity = "low", Year = 2025, Subject = "652301", MessageZh = "通报", OccurredAtUtc = clock.Now.UtcDateTime,
        };
        await new SqliteInformationStore(Path.Combine(output.Root, "infodb.sqlite")).ApplyAsync(new AlertChanges([], [notice]));

        await output.RunAsync();
        await output.RunAsync();

        Assert.Equal(2, output.Recomputes);
    }

    [Fact]
    public async Task Rerun_LaterTheSameBeijingDay_IsSkippedAndTheNextDayRecomputes()
    {
        await output.RunAsync();
        // 16:00 Beijing time: 7 hours later is 23:00, the same date; 8 hours later is the next day.
        clock.Now = clock.Now.AddHours(7);
        await output.RunAsync();
        clock.Now = clock.Now.AddHours(1);

        await output.RunAsync();

        Assert.Equal(2, output.Recomputes);
    }

    [Theory]
    [InlineData(nameof(PipelineOptions.RectificationDaysHigh), "30")]
    [InlineData(nameof(PipelineOptions.SubmissionDeadlines), "statistics=09-30")]
    [InlineData(nameof(PipelineOptions.Documents), "none")]
    [InlineData(nameof(PipelineOptions.CountyName), "昌吉")]
    public async Task Rerun_AnotherSetting_Recomputes(string setting, string value)
    {
        await output.RunAsync();
        output.Settings[setting] = value;

        await output.RunAsync();
        await output.RunAsync();

        Assert.Equal(2, output.Recomputes);
    }

    [Fact]
    public async Task Rerun_AnotherProfile_RefusesAsAFullRecomputeDoes()
    {
        await output.RunAsync();
        output.Settings[nameof(PipelineOptions.EvaluationProfile)] = "national-2017";

        // A skip would have returned the stored summary; the full recompute refuses a ledger of another profile first thing.
        await Assert.ThrowsAsync<ProfileChangedException>(() => output.RunAsync());
    }

    [Fact]
    public async Task Rerun_CuratedFileDeleted_RecomputesAndWritesItBack()
    {
        await output.RunAsync();
        var files = output.Files("curated");
        var deleted = files.Keys.First(k => k.Contains("fact_school_indicator", StringComparison.Ordinal));
        File.Delete(Path.Combine(output.Root, deleted));

        await output.RunAsync();

        Assert.Equal(2, output.Recomputes);
        Assert.Equal(files[deleted].Sha256, output.Files("curated")[deleted].Sha256);
    }

    [Fact]
    public async Task Rerun_ReportDeleted_RecomputesAndWritesItBack()
    {
        await output.RunAsync();
        var report = Path.Combine("reports", Changji.Pipeline.Reports.SelfEvaluationReport.FileName(2024));
        Assert.True(File.Exists(Path.Combine(output.Root, report)));
        File.Delete(Path.Combine(output.Root, report));

        await output.RunAsync();

        Assert.Equal(2, output.Recomputes);
        Assert.True(File.Exists(Path.Combine(output.Root, report)));
    }

    [Fact]
    public async Task Rerun_OneYearThenAll_EachRequestHasItsOwnStamp()
    {
        await output.RunAsync();
        await output.RunAsync(2024);
        await output.RunAsync(2024);

        await output.RunAsync();

        // The year alone once (no stamp of its own yet); its outputs were already there, so neither stamp is spoilt.
        Assert.Equal(2, output.Recomputes);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file));
        }
    }

    public void Dispose() => folder.Dispose();
}
