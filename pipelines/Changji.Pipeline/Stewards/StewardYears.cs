using Changji.Pipeline.Ports;
using Changji.Pipeline.Recompute;

namespace Changji.Pipeline.Stewards;

/// <summary>The school years a steward can choose, newest first: the current one and the one before, and every year files were received for.</summary>
public sealed class StewardYears(ISubmissionLedger ledger, SchoolCalendar calendar)
{
    public async Task<YearChoice> RunAsync(CancellationToken cancellationToken = default)
    {
        var current = calendar.CurrentSchoolYear;
        var received = (await ledger.ListAsync(cancellationToken).ConfigureAwait(false)).Where(s => s.Year is not null).Select(s => s.Year!.Value);
        return new YearChoice(current, [.. received.Append(current).Append(current - 1).Distinct().OrderDescending()]);
    }
}
