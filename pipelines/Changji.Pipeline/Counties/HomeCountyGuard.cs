using Changji.Pipeline.Submissions;
using Changji.Text;

namespace Changji.Pipeline.Counties;

/// <summary>
/// Rows without a county are stored without a code and belong to whichever county is home (docs/input-files.md §5):
/// a run naming another home county than the files were received under would silently hand them to it, so it
/// is refused instead. Files received before counties existed say nothing and are not counted.
/// </summary>
public static class HomeCountyGuard
{
    public static void EnsureSame(HomeCounty home, IEnumerable<SubmissionRecord> received)
    {
        ArgumentNullException.ThrowIfNull(home);
        ArgumentNullException.ThrowIfNull(received);
        if (received.FirstOrDefault(s => s.HomeCounty is { } code && code != home.Code) is { } other)
        {
            throw new HomeCountyChangedException(ZhCn.Format("pipeline.home_county_changed", ("stored", other.HomeCounty), ("county", home.Code)));
        }
    }
}
