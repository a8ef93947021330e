using System.Globalization;
using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.Check;

/// <summary>
/// The generator's independent verification of the stories: per year, the school units that fail the
/// school rule (or pass with a miss), the student-weighted CVs and the county items. Plain text,
/// deterministic, printed to the console and copied into samples/README.md.
/// </summary>
public static class CheckReport
{
    public static IReadOnlyList<string> Build(IReadOnlyList<CountyYear> years)
    {
        var lines = new List<string> { $"CV formula on the official worked example (docs/standard.md §1.1): {WorkedExampleCv():0.000} (expected 0.515)" };
        CountyYear? previous = null;
        foreach (var year in years)
        {
            lines.Add("");
            lines.Add($"== {year.Year} ==");
            lines.AddRange(SchoolRuleLines(year));
            lines.AddRange(CvLines(year));
            lines.AddRange(ItemLines(year, previous));
            previous = year;
        }

        return lines;
    }

    private static IEnumerable<string> SchoolRuleLines(CountyYear year)
    {
        var units = UnitSplitter.InScope(year.Schools);
        var failing = units.Where(u => !SchoolRule.Passes(u)).ToList();
        yield return $"school rule: {units.Count} units in scope ({Count(units, SchoolLevel.Primary)} primary, {Count(units, SchoolLevel.Junior)} junior); {failing.Count} fail";
        foreach (var unit in units.Where(u => SchoolRule.Misses(u).Count > 0))
        {
            var verdict = SchoolRule.Passes(unit) ? "pass " : "FAIL ";
            var misses = string.Join(", ", SchoolRule.Misses(unit).Select(m =>
                $"{m.Indicator} {m.Value:0.000} of {m.Threshold} ({m.ShareOfThreshold:P1}{(m.BelowFloor ? ", below 85% floor" : "")})"));
            yield return $"  {verdict}{unit.Name} {LevelZh(unit.Level)}: misses {misses}";
        }

        var closest = units
            .SelectMany(u => StandardNumbers.Codes.Select(code => (Unit: u, Code: code, Share: u.Ratio(code) / StandardNumbers.Threshold(code, u.Level))))
            .Where(x => x.Share >= 1m)
            .MinBy(x => x.Share);
        yield return $"  closest indicator met: {closest.Unit.Name} {LevelZh(closest.Unit.Level)} {closest.Code} at {closest.Share:P1} of its threshold";
    }

    private static IEnumerable<string> CvLines(CountyYear year)
    {
        var units = UnitSplitter.InScope(year.Schools);
        foreach (var level in new[] { SchoolLevel.Primary, SchoolLevel.Junior })
        {
            var ofLevel = units.Where(u => u.Level == level).ToList();
            var limit = (double)StandardNumbers.CvLimit(level);
            var cells = StandardNumbers.Codes.Select(code =>
            {
                var cv = WeightedCv.Of(ofLevel, code);
                return $"{code} {cv:0.000}{(cv > limit ? " EXCEEDS" : "")}";
            });
            yield return $"weighted CV {LevelZh(level)} (limit {limit:0.00}): {string.Join("  ", cells)}";
        }
    }

    private static IEnumerable<string> ItemLines(CountyYear year, CountyYear? previous)
    {
        var basePrimary = new FigureLookup(year.Figures).Number("public_fund_base_primary");
        var items = SchoolItems.Evaluate(year.Schools, year.Funding, basePrimary)
            .Concat(FigureItems.Evaluate(year.Figures, previous?.Figures))
            .ToList();
        var met = items.Where(i => i.Met == true).Select(i => i.Code);
        yield return $"county items met: {string.Join(", ", met)}";
        foreach (var item in items.Where(i => i.Met != true))
        {
            yield return $"  {item.Status} {item.Code}: {item.Detail}";
        }

        foreach (var code in new[] { "G6", "G7", "G11", "Q4", "S1" })
        {
            var item = items.Single(i => i.Code == code);
            if (item.Met == true)
            {
                yield return $"  met {item.Code}: {item.Detail}";
            }
        }
    }

    /// <summary>P = 45, 37, 89, 76, 55; A = 279, 137, 935, 160, 402 → CV 0.515.</summary>
    private static double WorkedExampleCv()
    {
        int[] pupils = [45, 37, 89, 76, 55];
        int[] books = [279, 137, 935, 160, 402];
        var units = pupils.Select((p, i) => new LevelUnit(
            i.ToString(CultureInfo.InvariantCulture), "", SchoolLevel.Primary, p, new Dictionary<string, decimal> { ["L4"] = books[i] })).ToList();
        return WeightedCv.Of(units, "L4");
    }

    private static int Count(IEnumerable<LevelUnit> units, SchoolLevel level) => units.Count(u => u.Level == level);

    private static string LevelZh(SchoolLevel level) => level == SchoolLevel.Primary ? "小学" : "初中";
}
