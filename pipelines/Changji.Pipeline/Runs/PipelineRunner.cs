using Changji.Pipeline.Alerts;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Submissions;

namespace Changji.Pipeline.Runs;

/// <summary>
/// The main job: take every file (in path order, so runs are deterministic), recompute the years,
/// then send the alerts the outbox holds. Used by <c>changji run</c>; the Functions app runs the
/// same three steps one message at a time.
/// </summary>
public sealed class PipelineRunner(SubmissionProcessor processor, YearRecomputer recomputer, OutboxDrainer drainer)
{
    public async Task<RunSummary> RunAsync(IReadOnlyList<IncomingFile> files, int? onlyYear = null, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var selected = files
            .Where(f => onlyYear is null || IncomingPath.FolderYear(f.Path) == onlyYear)
            .OrderBy(f => IncomingPath.Normalise(f.Path), StringComparer.Ordinal)
            .ToList();

        var outcomes = new List<SubmissionOutcome>(selected.Count);
        for (var i = 0; i < selected.Count; i++)
        {
            progress?.Report(new RunProgress("校验并入库", i, selected.Count, selected[i].Path));
            var bytes = await selected[i].ReadAsync(cancellationToken).ConfigureAwait(false);
            outcomes.Add(await processor.ProcessAsync(selected[i].Path, bytes, cancellationToken).ConfigureAwait(false));
        }

        progress?.Report(new RunProgress("评估并发布", selected.Count, selected.Count, null));
        var years = await recomputer.RecomputeAsync(onlyYear ?? int.MinValue, onlyYear, cancellationToken).ConfigureAwait(false);
        progress?.Report(new RunProgress("发送预警", selected.Count, selected.Count, null));
        var sent = await drainer.DrainAsync(cancellationToken).ConfigureAwait(false);
        return new RunSummary(outcomes, years, sent);
    }
}
