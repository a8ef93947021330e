using Changji.Evaluation.Facts;
using Changji.Text;

namespace Changji.Pipeline.Alerts;

/// <summary>
/// No school silently leaves the count (docs/standard.md §6): a school in last year's statistics with no
/// accepted row this year is either rejected this year (its levels are missing in the evaluation, and
/// the rejected-rows alert names the file) or absent, which raises 学校未报送 unless the county file
/// declares it closed (closed_school). Only once the year has statistics at all: before that, the
/// missing-submission rule speaks for the whole file.
/// </summary>
public static class SchoolPresenceRules
{
    public static IReadOnlyList<AlertRule> Rules { get; } = [AlertRule.SchoolNotReported];

    public static IReadOnlyList<FiredAlert> Fire(CountyYear current, CountyYear? previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (previous is null || current.Schools.Count == 0)
        {
            return [];
        }

        var present = current.Schools.Select(s => s.SchoolCode).Concat(current.RejectedSchools).Concat(current.ClosedSchools.Keys)
            .ToHashSet(StringComparer.Ordinal);
        return previous.Schools
            .Where(s => !present.Contains(s.SchoolCode))
            .OrderBy(s => s.SchoolCode, StringComparer.Ordinal)
            .Select(s => new FiredAlert
            {
                Rule = AlertRule.SchoolNotReported,
                Year = current.Year,
                Subject = s.SchoolCode,
                SchoolCode = s.SchoolCode,
                MessageZh = ZhCn.Format(
                    "alert.school_not_reported",
                    ("year", current.Year), ("school", ZhCn.Format("school.named", ("name", s.SchoolName), ("code", s.SchoolCode))), ("previous_year", previous.Year)),
            })
            .ToList();
    }
}
