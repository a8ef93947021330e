using Changji.Functions.Configuration;
using Changji.Pipeline.UseCases;
using Changji.Storage.Azure.Queues;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Changji.Functions.Triggers;

/// <summary><c>recompute-requests</c> <c>{"year":2024}</c> → re-evaluate from that year on, publish, send alerts (e.g. after a catalogue change).</summary>
public sealed class RecomputeYear(RecomputeFromYear recompute, ILogger<RecomputeYear> logger)
{
    [Function(nameof(RecomputeYear))]
    public async Task RunAsync([QueueTrigger(TriggerNames.RecomputeQueue, Connection = TriggerNames.Connection)] string message, CancellationToken cancellationToken)
    {
        var year = RecomputeRequest.YearOf(message);
        var (years, outbox) = await recompute.RunAsync(year, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Recomputed from {Year}: {Years} year(s), {Sent} alert(s) sent, {Failures} send failure(s)",
            year, years.Count, outbox.Sent, outbox.Failures.Count);
    }
}
