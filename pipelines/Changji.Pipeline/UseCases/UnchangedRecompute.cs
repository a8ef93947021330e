using Changji.Pipeline.Ports;
using Changji.Pipeline.Recompute;

namespace Changji.Pipeline.UseCases;

/// <summary>
/// Skips a recompute whose inputs (<see cref="RecomputeInputs"/>) and outputs (<see cref="IPublishedOutputs"/>)
/// are those the last completed recompute of the same request read and left: that recompute would write the
/// same bytes, change no ledger line and queue no message, so it returns what the last one returned
/// (<see cref="StoredYearResults"/>). A stamp is stored only when nobody else changed an input meanwhile.
/// Wraps the host's recompute in the composition root, for both hosts (outside the Azure host's <c>SettledRecompute</c>).
/// </summary>
public sealed class UnchangedRecompute(IRecomputeYears inner, RecomputeInputReader inputs, IRecomputeStamps stamps, IPublishedOutputs outputs) : IRecomputeYears
{
    /// <summary>
    /// The service key under which a host registers the recompute to wrap (the Azure host: <c>SettledRecompute</c>);
    /// without one, the pipeline's own <see cref="RecomputeYears"/>.
    /// </summary>
    public const string InnerKey = "changji.recompute.inner";

    /// <summary>The recompute this one skips or runs.</summary>
    public IRecomputeYears Inner => inner;

    public Task<IReadOnlyList<YearResult>> RunAsync(int fromYear, int? toYear = null, string? county = null, CancellationToken cancellationToken = default) =>
        RunAsync(RecomputeInputs.RequestOf(fromYear, toYear, county), ct => inner.RunAsync(fromYear, toYear, county, ct), cancellationToken);

    /// <remarks>Its own stamp: a run that marks its years due for the step spanning counties leaves other outputs than one that ran it.</remarks>
    public Task<IReadOnlyList<YearResult>> RunCountyAsync(int fromYear, string county, CancellationToken cancellationToken = default) =>
        RunAsync(RecomputeInputs.RequestOf(fromYear, null, county) + " without region", ct => inner.RunCountyAsync(fromYear, county, ct), cancellationToken);

    private async Task<IReadOnlyList<YearResult>> RunAsync(string request, Func<CancellationToken, Task<IReadOnlyList<YearResult>>> run, CancellationToken cancellationToken)
    {
        var before = await inputs.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (await stamps.ReadStampAsync(request, cancellationToken).ConfigureAwait(false) is { } last
            && last.Inputs == before.Hash(await outputs.FingerprintAsync(cancellationToken).ConfigureAwait(false)))
        {
            return StoredYearResults.Read(last.Results);
        }

        using var own = OwnLedgerWrites.Count();
        var results = await run(cancellationToken).ConfigureAwait(false);
        // Outputs before inputs: whoever rewrote an output after this recompute did so from an input changed before it, which the second read sees.
        var left = await outputs.FingerprintAsync(cancellationToken).ConfigureAwait(false);
        var after = await inputs.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (after.FollowOnlyFrom(before, own.Writes))
        {
            await stamps.WriteStampAsync(request, new RecomputeStamp(after.Hash(left), StoredYearResults.Write(results)), cancellationToken).ConfigureAwait(false);
        }

        return results;
    }
}
