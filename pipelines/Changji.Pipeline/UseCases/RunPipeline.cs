using Changji.Pipeline.Ports;
using Changji.Pipeline.Submissions;
using Changji.Text;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// The main job (<c>changji run</c>): every file of the drop zone through <see cref="ReceiveFile"/>
/// in path order (so runs are deterministic), then <see cref="IRecomputeYears"/>, then
/// <see cref="DrainOutbox"/>. The Functions app runs the same use cases one message at a time.
/// </summary>
public sealed class RunPipeline(IIncomingStore incoming, ReceiveFile receive, IRecomputeYears recompute, DrainOutbox drain)
{
    public async Task<RunSummary> RunAsync(int? onlyYear = null, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var selected = (await incoming.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(f => onlyYear is null || IncomingPath.FolderYear(f.Path) == onlyYear)
            .OrderBy(f => IncomingPath.Normalise(f.Path), StringComparer.Ordinal)
            .ToList();

        var outcomes = new List<SubmissionOutcome>(selected.Count);
        for (var i = 0; i < selected.Count; i++)
        {
            progress?.Report(new RunProgress(ZhCn.Text("run.stage.ingest"), i, selected.Count, selected[i].Path));
            if (await incoming.GetAsync(selected[i].Path, cancellationToken).ConfigureAwait(false) is { } file)
            {
                outcomes.Add(await receive.RunAsync(file, cancellationToken).ConfigureAwait(false));
            }
        }

        progress?.Report(new RunProgress(ZhCn.Text("run.stage.evaluate"), selected.Count, selected.Count, null));
        var years = await recompute.RunAsync(onlyYear ?? int.MinValue, onlyYear, cancellationToken: cancellationToken).ConfigureAwait(false);
        progress?.Report(new RunProgress(ZhCn.Text("run.stage.send_alerts"), selected.Count, selected.Count, null));
        var sent = await drain.RunAsync(cancellationToken).ConfigureAwait(false);
        return new RunSummary(outcomes, years, sent);
    }
}
