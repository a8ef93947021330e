using System.Globalization;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Pipeline.Alerts;

/// <summary>The rules that fire from one year's evaluation: floors, the school rule, CVs, county items, sizes and implausible changes.</summary>
public static class YearAlertRules
{
    public static IReadOnlyList<AlertRule> Rules { get; } =
    [
        AlertRule.SchoolBelowFloor, AlertRule.SchoolRuleFailed, AlertRule.CvOverLimit,
        AlertRule.CountyItemNotMet, AlertRule.SizeOverCap, AlertRule.ImplausibleChange,
    ];

    private static readonly HashSet<string> SizeItems = new(StringComparer.Ordinal) { "G4", "G5" };

    public static IReadOnlyList<FiredAlert> Fire(CountyEvaluation evaluation, CountyYear current, CountyYear? previous, Profile profile, AlertSettings settings)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var names = current.Schools.ToDictionary(s => s.SchoolCode, s => s.SchoolName, StringComparer.Ordinal);
        string School(string code) => names.TryGetValue(code, out var n) ? ZhCn.Format("school.named", ("name", n), ("code", code)) : code;
        var y = evaluation.Year;
        var fired = new List<FiredAlert>();

        foreach (var r in evaluation.SchoolIndicators.Where(r => r.AboveFloor == false))
        {
            var item = profile.Get(r.IndicatorCode);
            var gapUnit = IndicatorText.NumeratorUnit(profile, r.IndicatorCode);
            fired.Add(new FiredAlert
            {
                Rule = AlertRule.SchoolBelowFloor,
                Year = y,
                Subject = r.SchoolCode,
                SchoolCode = r.SchoolCode,
                Level = r.Level.ToCode(),
                IndicatorCode = r.IndicatorCode,
                MessageZh = ZhCn.Format(
                    "alert.school_below_floor",
                    ("year", y), ("school", School(r.SchoolCode)), ("level", r.Level.ToChinese()), ("indicator", r.IndicatorCode), ("name", item.NameZh),
                    ("value", Num(r.Value)), ("floor", Num(r.Floor)), ("threshold", Num(r.Threshold)), ("gap", Num(r.Gap)), ("unit", gapUnit),
                    ("floor_percent", IndicatorText.FloorPercent(profile))),
            });
        }

        foreach (var c in evaluation.Compliance.Where(c => c.Status == ItemStatus.NotMet))
        {
            fired.Add(new FiredAlert
            {
                Rule = AlertRule.SchoolRuleFailed,
                Year = y,
                Subject = c.SchoolCode,
                SchoolCode = c.SchoolCode,
                Level = c.Level.ToCode(),
                Items = c.Missed,
                MessageZh = ZhCn.Format(
                    "alert.school_rule_failed",
                    ("year", y), ("school", School(c.SchoolCode)), ("level", c.Level.ToChinese()), ("met", c.IndicatorsMet),
                    ("count", profile.SchoolIndicators.Count), ("required", profile.Resource.MinIndicatorsMet), ("floor_percent", IndicatorText.FloorPercent(profile)),
                    ("missed", string.Join("、", c.Missed)), ("below_floor", c.BelowFloor.Count == 0 ? ZhCn.Text("alert.none") : string.Join("、", c.BelowFloor))),
            });
        }

        foreach (var v in evaluation.Variation.Where(v => v.Status == ItemStatus.NotMet))
        {
            fired.Add(new FiredAlert
            {
                Rule = AlertRule.CvOverLimit,
                Year = y,
                Subject = "county",
                Level = v.Level.ToCode(),
                IndicatorCode = v.IndicatorCode,
                MessageZh = ZhCn.Format(
                    "alert.cv_over_limit",
                    ("year", y), ("level", v.Level.ToChinese()), ("indicator", v.IndicatorCode), ("name", profile.Get(v.IndicatorCode).NameZh),
                    ("cv", v.Cv?.ToString("0.000", CultureInfo.InvariantCulture)), ("limit", v.CvLimit.ToString("0.00", CultureInfo.InvariantCulture))),
            });
        }

        foreach (var item in evaluation.CountyItems.Where(i => i.Status == ItemStatus.NotMet))
        {
            var name = profile.Get(item.IndicatorCode).NameZh;
            if (SizeItems.Contains(item.IndicatorCode) && item.Failures.Count > 0)
            {
                fired.AddRange(item.Failures.Select(f => new FiredAlert
                {
                    Rule = AlertRule.SizeOverCap,
                    Year = y,
                    Subject = f.SchoolCode ?? f.Subject,
                    SchoolCode = f.SchoolCode,
                    IndicatorCode = item.IndicatorCode,
                    MessageZh = ZhCn.Format("alert.size_over_cap", ("year", y), ("school", School(f.Subject)), ("indicator", item.IndicatorCode), ("name", name), ("detail", f.DetailZh)),
                }));
            }

            fired.Add(new FiredAlert
            {
                Rule = AlertRule.CountyItemNotMet,
                Year = y,
                Subject = "county",
                IndicatorCode = item.IndicatorCode,
                // With no note the sentence ends at 未达标, without a dangling colon.
                MessageZh = ZhCn.Format("alert.county_item_not_met", ("year", y), ("indicator", item.IndicatorCode), ("name", name), ("note", item.Note)).TrimEnd('：'),
            });
        }

        if (previous is not null)
        {
            fired.AddRange(ImplausibleChanges(current, previous, settings, School));
        }

        return fired;
    }

    private static IEnumerable<FiredAlert> ImplausibleChanges(CountyYear current, CountyYear previous, AlertSettings settings, Func<string, string> school)
    {
        var before = previous.Schools.ToDictionary(s => s.SchoolCode, StringComparer.Ordinal);
        foreach (var now in current.Schools)
        {
            if (!before.TryGetValue(now.SchoolCode, out var then))
            {
                continue;
            }

            var checks = new (string What, double? Then, double? Now)[]
            {
                (ZhCn.Text("alert.implausible_change.students"), then.PrimaryStudents + then.JuniorStudents, now.PrimaryStudents + now.JuniorStudents),
                (ZhCn.Text("alert.implausible_change.teaching_area"), then.TeachingAreaM2, now.TeachingAreaM2),
                (ZhCn.Text("alert.implausible_change.equipment_value"), then.EquipmentValueYuan, now.EquipmentValueYuan),
            };
            foreach (var (what, a, b) in checks)
            {
                if (a is > 0 && b is not null && Math.Abs(b.Value - a.Value) / a.Value > settings.ImplausibleChangeRatio)
                {
                    yield return new FiredAlert
                    {
                        Rule = AlertRule.ImplausibleChange,
                        Year = current.Year,
                        Subject = now.SchoolCode,
                        SchoolCode = now.SchoolCode,
                        IndicatorCode = what,
                        MessageZh = ZhCn.Format(
                            "alert.implausible_change",
                            ("year", current.Year), ("school", school(now.SchoolCode)), ("what", what), ("before", Num(a)), ("after", Num(b)),
                            ("ratio", settings.ImplausibleChangeRatio.ToString("P0", CultureInfo.InvariantCulture))),
                    };
                }
            }
        }
    }

    private static string Num(double? value) => IndicatorText.Number(value, ZhCn.Text("alert.missing_value"));
}
