using Changji.Pipeline.Ports;

namespace Changji.Pipeline.Stewards;

/// <summary>The files received for a school year, newest first: the page's list of the year.</summary>
public sealed class ListYearFiles(ISubmissionLedger ledger)
{
    public async Task<IReadOnlyList<StewardFile>> RunAsync(int year, CancellationToken cancellationToken = default) =>
        [.. (await ledger.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => s.Year == year)
            .Reverse()
            .Select(StewardFile.From)];
}
