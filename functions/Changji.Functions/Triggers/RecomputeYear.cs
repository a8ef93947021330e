using Changji.Functions.Configuration;
using Changji.Pipeline.UseCases;
using Changji.Storage.Azure.Queues;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Changji.Functions.Triggers;

/// <summary>
/// <c>recompute-requests</c> → re-evaluate from that year on, publish, send alerts (e.g. after a catalogue change):
/// <c>{"year":2024,"county":"652302"}</c> that county alone; <c>{"year":2024}</c> every county, in this run for a store
/// of the home county alone, else as one request per county (<see cref="RecomputeFanOut"/>); <c>{"year":2024,"region":true}</c>
/// the year's step spanning counties, which county requests leave to it.
/// </summary>
public sealed class RecomputeYear(RecomputeFanOut recompute, DrainOutbox drain, ILogger<RecomputeYear> logger)
{
    [Function(nameof(RecomputeYear))]
    public async Task RunAsync([QueueTrigger(TriggerNames.RecomputeQueue, Connection = TriggerNames.Connection)] string message, CancellationToken cancellationToken)
    {
        var (year, county) = RecomputeRequest.Of(message);
        if (RecomputeRequest.IsRegion(message))
        {
            // The step spanning counties evaluates nothing and sends no alert: no drain.
            var ran = await recompute.RegionAsync(year, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Step spanning counties of {Year}: {Outcome}", year, ran ? "ran" : "not due any more");
            return;
        }

        var result = county is null
            ? await recompute.RunAsync(year, cancellationToken: cancellationToken).ConfigureAwait(false)
            : new(await recompute.RecomputeCountyAsync(year, county, cancellationToken).ConfigureAwait(false), []);
        var outbox = await drain.RunAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Recomputed from {Year} ({County}): {Years} year(s), {Enqueued} county request(s) enqueued, {Sent} alert(s) sent, {Failures} send failure(s)",
            year, county ?? "every county", result.Years.Count, result.Enqueued.Count, outbox.Sent, outbox.Failures.Count);
    }
}
