using Changji.Pipeline.Returns;
using Changji.Pipeline.Tests.Support;

namespace Changji.Pipeline.Tests.Returns;

/// <summary><c>changji run</c> on the samples writes the annotated return of the one file with rows returned, beside its report, and no other.</summary>
public sealed class AnnotatedReturnRunTests : IDisposable
{
    private readonly SampleRun run = new();

    [Fact]
    public async Task Samples_Run_WriteTheBadFilesAnnotatedReturnBesideItsReport()
    {
        var summary = await run.RunAsync();

        var returned = Directory.GetFiles(run.Workspace.ReportsFolder, "*.批注.xlsx", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(run.Workspace.ReportsFolder, p).Replace('\\', '/'));
        var bad = Assert.Single(summary.Files, f => f.Submission.RowsRejected > 0);
        Assert.Equal([AnnotatedReturn.NameOf(bad.Submission)], returned);
        Assert.Equal(Path.ChangeExtension(bad.ReportName!, null) + ".批注.xlsx", AnnotatedReturn.NameOf(bad.Submission));
        using var xlsx = new AnnotatedXlsx(await File.ReadAllBytesAsync(Path.Combine(run.Workspace.ReportsFolder, AnnotatedReturn.NameOf(bad.Submission))));
        Assert.Equal(bad.Submission.Errors, xlsx.CommentCount("学校基础数据"));
    }

    public void Dispose() => run.Dispose();
}
