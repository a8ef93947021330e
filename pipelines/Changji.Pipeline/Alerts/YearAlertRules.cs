using System.Globalization;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.Pipeline.Curated;

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
        string School(string code) => names.TryGetValue(code, out var n) ? $"{n}（{code}）" : code;
        var y = evaluation.Year;
        var fired = new List<FiredAlert>();

        foreach (var r in evaluation.SchoolIndicators.Where(r => r.AboveFloor == false))
        {
            var item = profile.Get(r.IndicatorCode);
            var gapUnit = IndicatorText.NumeratorUnit(profile, r.IndicatorCode);
            fired.Add(new FiredAlert
            {
                Rule = AlertRule.SchoolBelowFloor, Year = y, Subject = r.SchoolCode, SchoolCode = r.SchoolCode,
                Level = r.Level.ToCode(), IndicatorCode = r.IndicatorCode,
                MessageZh = $"{y}学年 {School(r.SchoolCode)} {r.Level.ToChinese()} {r.IndicatorCode} {item.NameZh} 为 {Num(r.Value)}，低于最低值 {Num(r.Floor)}（达标值 {Num(r.Threshold)} 的85%），尚缺 {Num(r.Gap)} {gapUnit}。",
            });
        }

        foreach (var c in evaluation.Compliance.Where(c => c.Status == ItemStatus.NotMet))
        {
            fired.Add(new FiredAlert
            {
                Rule = AlertRule.SchoolRuleFailed, Year = y, Subject = c.SchoolCode, SchoolCode = c.SchoolCode, Level = c.Level.ToCode(),
                MessageZh = $"{y}学年 {School(c.SchoolCode)} {c.Level.ToChinese()} 7项指标仅 {c.IndicatorsMet} 项达标（未达标：{string.Join("、", c.Missed)}；低于85%：{(c.BelowFloor.Count == 0 ? "无" : string.Join("、", c.BelowFloor))}）。",
            });
        }

        foreach (var v in evaluation.Variation.Where(v => v.Status == ItemStatus.NotMet))
        {
            fired.Add(new FiredAlert
            {
                Rule = AlertRule.CvOverLimit, Year = y, Subject = "county", Level = v.Level.ToCode(), IndicatorCode = v.IndicatorCode,
                MessageZh = string.Create(CultureInfo.InvariantCulture, $"{y}学年 {v.Level.ToChinese()} {v.IndicatorCode} {profile.Get(v.IndicatorCode).NameZh} 校际差异系数 {v.Cv:0.000}，超过限值 {v.CvLimit:0.00}。"),
            });
        }

        foreach (var item in evaluation.CountyItems.Where(i => i.Status == ItemStatus.NotMet))
        {
            var name = profile.Get(item.IndicatorCode).NameZh;
            if (SizeItems.Contains(item.IndicatorCode) && item.Failures.Count > 0)
            {
                fired.AddRange(item.Failures.Select(f => new FiredAlert
                {
                    Rule = AlertRule.SizeOverCap, Year = y, Subject = f.Subject, SchoolCode = f.Subject, IndicatorCode = item.IndicatorCode,
                    MessageZh = $"{y}学年 {School(f.Subject)} {item.IndicatorCode} {name}：{f.DetailZh}",
                }));
            }

            fired.Add(new FiredAlert
            {
                Rule = AlertRule.CountyItemNotMet, Year = y, Subject = "county", IndicatorCode = item.IndicatorCode,
                MessageZh = $"{y}学年 {item.IndicatorCode} {name} 未达标：{item.Note ?? ""}".TrimEnd('：'),
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
                ("义务教育在校生数", then.PrimaryStudents + then.JuniorStudents, now.PrimaryStudents + now.JuniorStudents),
                ("教学及辅助用房面积", then.TeachingAreaM2, now.TeachingAreaM2),
                ("教学仪器设备资产值", then.EquipmentValueYuan, now.EquipmentValueYuan),
            };
            foreach (var (what, a, b) in checks)
            {
                if (a is > 0 && b is not null && Math.Abs(b.Value - a.Value) / a.Value > settings.ImplausibleChangeRatio)
                {
                    yield return new FiredAlert
                    {
                        Rule = AlertRule.ImplausibleChange, Year = current.Year, Subject = now.SchoolCode, SchoolCode = now.SchoolCode, IndicatorCode = what,
                        MessageZh = string.Create(CultureInfo.InvariantCulture, $"{current.Year}学年 {school(now.SchoolCode)} {what} 由上年的 {Num(a)} 变为 {Num(b)}，变动超过 {settings.ImplausibleChangeRatio:P0}，请核实。"),
                    };
                }
            }
        }
    }

    private static string Num(double? value) => IndicatorText.Number(value, "（缺失）");
}
