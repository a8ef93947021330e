using Changji.Pipeline.Ports;

namespace Changji.Pipeline.UseCases;

/// <summary>Re-evaluate from a year on and send what that changed (after a catalogue change, or on request), holding that year's lock.</summary>
public sealed class RecomputeFromYear(IRecomputeYears recompute, DrainOutbox drain, IYearLocks locks)
{
    public async Task<(IReadOnlyList<YearResult> Years, OutboxDrainResult Outbox)> RunAsync(int fromYear, CancellationToken cancellationToken = default)
    {
        var held = await locks.AcquireAsync(fromYear, cancellationToken).ConfigureAwait(false);
        await using (held.ConfigureAwait(false))
        {
            var years = await recompute.RunAsync(fromYear, cancellationToken: cancellationToken).ConfigureAwait(false);
            return (years, await drain.RunAsync(cancellationToken).ConfigureAwait(false));
        }
    }
}
