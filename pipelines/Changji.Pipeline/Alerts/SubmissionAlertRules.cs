using System.Globalization;
using Changji.Ingestion;
using Changji.Pipeline.Recompute;
using Changji.Pipeline.Submissions;
using Changji.Text;

namespace Changji.Pipeline.Alerts;

/// <summary>
/// Rules about what stewards sent for a year: a rejected file or rejected rows (until a later file
/// of the same kind for the year is accepted whole), and a kind still missing past its deadline.
/// </summary>
public static class SubmissionAlertRules
{
    public static IReadOnlyList<AlertRule> Rules { get; } = [AlertRule.FileRejected, AlertRule.RowsRejected, AlertRule.SubmissionMissing];

    public static IReadOnlyList<FiredAlert> Fire(int year, IReadOnlyList<SubmissionRecord> submissions, AlertSettings settings, DateTimeOffset now)
    {
        var ofYear = submissions.Where(s => s.Year == year).ToList();
        var fired = new List<FiredAlert>();
        for (var i = 0; i < ofYear.Count; i++)
        {
            var s = ofYear[i];
            if (s.Status == SubmissionStatus.Accepted || CorrectedLater(s, ofYear.Skip(i + 1)))
            {
                continue;
            }

            var rejected = s.Status == SubmissionStatus.Rejected;
            fired.Add(new FiredAlert
            {
                Rule = rejected ? AlertRule.FileRejected : AlertRule.RowsRejected,
                Year = year,
                Subject = s.Path,
                MessageZh = rejected
                    ? ZhCn.Format("alert.file_rejected", ("year", year), ("path", s.Path), ("kind", s.Kind.ToChinese()), ("errors", s.Errors))
                    : ZhCn.Format(
                        "alert.rows_rejected",
                        ("year", year), ("path", s.Path), ("kind", s.Kind.ToChinese()), ("rows_rejected", s.RowsRejected), ("errors", s.Errors),
                        ("rows_accepted", s.RowsAccepted)),
            });
        }

        foreach (var kind in Enum.GetValues<FileKind>())
        {
            var code = kind.ToCode();
            if (!settings.Deadlines.TryGetValue(code, out var due) || ofYear.Any(s => s.Kind == kind && s.Status != SubmissionStatus.Rejected))
            {
                continue;
            }

            var deadline = SchoolCalendar.EndOfDay(year, due.Month, due.Day);
            if (now > deadline)
            {
                fired.Add(new FiredAlert
                {
                    Rule = AlertRule.SubmissionMissing,
                    Year = year,
                    Subject = code,
                    MessageZh = ZhCn.Format(
                        "alert.submission_missing",
                        ("year", year), ("kind", kind.ToChinese()), ("deadline", SchoolCalendar.BeijingDate(deadline).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
                });
            }
        }

        return fired;
    }

    /// <summary>A later file of the same kind (or, for an unrecognised file, the same path) accepted whole corrects it.</summary>
    private static bool CorrectedLater(SubmissionRecord s, IEnumerable<SubmissionRecord> later) =>
        later.Any(l => l.Status == SubmissionStatus.Accepted && (s.Kind is null ? l.Path == s.Path : l.Kind == s.Kind));
}
