using Changji.Evaluation.Catalogue;
using Changji.Ingestion;
using Changji.Pipeline.Alerts;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Runs;
using Changji.Pipeline.Submissions;

namespace Changji.Storage.Local;

/// <summary>
/// The output folder of <c>changji run</c>: <c>infodb.sqlite</c> (信息库), <c>raw/</c>, <c>reports/</c>,
/// <c>curated/</c> and <c>outbox/</c>, wired into one <see cref="PipelineRunner"/>.
/// </summary>
public sealed class LocalWorkspace
{
    public LocalWorkspace(string outputFolder, Profile profile, TimeProvider clock, AlertSettings? alertSettings = null, IngestionOptions? ingestion = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        Root = Path.GetFullPath(outputFolder);
        Store = new SqliteInformationStore(Path.Combine(Root, "infodb.sqlite"));
        var reports = new FileSystemReportStore(ReportsFolder);
        var processor = new SubmissionProcessor(new FileSystemRawArchive(RawFolder), Store, reports, clock, ingestion);
        var recomputer = new YearRecomputer(Store, Store, Store, new FileSystemCuratedPublisher(CuratedFolder), reports, profile, alertSettings ?? AlertSettings.Default, clock);
        Runner = new PipelineRunner(processor, recomputer, new OutboxDrainer(Store, new OutboxFolderSender(OutboxFolder), clock));
    }

    public string Root { get; }
    public string RawFolder => Path.Combine(Root, "raw");
    public string ReportsFolder => Path.Combine(Root, "reports");
    public string CuratedFolder => Path.Combine(Root, "curated");
    public string OutboxFolder => Path.Combine(Root, "outbox");
    public SqliteInformationStore Store { get; }
    public PipelineRunner Runner { get; }

    /// <summary>
    /// Every file under the input folder, as if dropped into <c>incoming/</c>: a file of another type
    /// is taken too, so the steward gets a report saying why it was not read. Hidden files and
    /// Office lock files (<c>~$…</c>) are not submissions.
    /// </summary>
    public static IReadOnlyList<IncomingFile> FilesUnder(string inputFolder)
    {
        var root = Path.GetFullPath(inputFolder);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(p).StartsWith('.') && !Path.GetFileName(p).StartsWith("~$", StringComparison.Ordinal))
            .Select(p => new IncomingFile(Path.GetRelativePath(root, p).Replace('\\', '/'), ct => File.ReadAllBytesAsync(p, ct)))
            .ToList();
    }
}
