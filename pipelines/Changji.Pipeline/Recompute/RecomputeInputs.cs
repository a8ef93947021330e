using System.Globalization;
using System.Text;

namespace Changji.Pipeline.Recompute;

/// <summary>
/// Everything a recompute of one request reads besides the outputs it left (<see cref="RecomputeInputReader"/>):
/// equal inputs and equal outputs make the full recompute write exactly what is already there and change
/// nothing in the ledger, so it can be skipped (<see cref="UseCases.UnchangedRecompute"/>).
/// </summary>
/// <param name="Request">The years asked for (<see cref="RequestOf"/>); a county-scoped recompute adds its county here, so it has its own stamp.</param>
/// <param name="LedgerVersion">The alert ledger's version, read before anything else.</param>
/// <param name="Submissions">Hash of every line of the submission ledger, whole: the facts and findings are stored with their line and never change without a new one.</param>
/// <param name="Settings">Profile, alert settings, document scope, home county and the pipeline's build.</param>
/// <param name="Day">The Beijing date, and whether it is past 23:59:59 (a submission deadline ends then): nothing a recompute decides depends on a finer time.</param>
public sealed record RecomputeInputs(string Request, AlertLedgerVersion LedgerVersion, string Submissions, string Settings, string Day)
{
    public static string RequestOf(int fromYear, int? toYear, string? county = null) =>
        string.Create(CultureInfo.InvariantCulture, $"years {(fromYear == int.MinValue ? "*" : fromYear)}..{(toYear is { } to ? to : "*")}")
        + (county is null ? "" : " county " + county);

    /// <summary>These inputs after a recompute that wrote <paramref name="writes"/> times to the ledger and nothing else changed.</summary>
    public bool FollowOnlyFrom(RecomputeInputs before, int writes)
    {
        ArgumentNullException.ThrowIfNull(before);
        return LedgerVersion.Writes == before.LedgerVersion.Writes + writes
            && (writes > 0 || LedgerVersion.Tag == before.LedgerVersion.Tag)
            && this with { LedgerVersion = before.LedgerVersion } == before;
    }

    /// <summary>The stamp: these inputs and the fingerprint of the outputs (<see cref="Ports.IPublishedOutputs"/>).</summary>
    public string Hash(string outputs) => StableId.Sha256Hex(Encoding.UTF8.GetBytes(string.Join('\n',
        Request, LedgerVersion.Writes.ToString(CultureInfo.InvariantCulture), LedgerVersion.Tag, Submissions, Settings, Day, outputs)));

    /// <summary>
    /// The date and which side of 23:59:59 it is: the school year turns at midnight, rectification is due by
    /// date, and a submission deadline has passed once <c>now</c> is after 23:59:59 of its day.
    /// </summary>
    public static string DayOf(DateTimeOffset now)
    {
        var date = SchoolCalendar.BeijingDate(now);
        var late = now > SchoolCalendar.EndOfDay(date.Year, date.Month, date.Day);
        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (late ? " after 23:59:59" : "");
    }
}
