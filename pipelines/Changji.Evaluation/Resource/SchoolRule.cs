using Changji.Evaluation.Results;

namespace Changji.Evaluation.Resource;

/// <summary>
/// 学校达标: at least the profile's minimum of indicators met and every miss at or above its floor.
/// A missing indicator leaves the unit 数据缺失 unless the supplied ones already fail it.
/// </summary>
public static class SchoolRule
{
    public static SchoolComplianceResult Apply(ReadOnlySpan<SchoolIndicatorResult> indicators, int minIndicatorsMet)
    {
        if (indicators.IsEmpty)
        {
            throw new ArgumentException("A unit needs its indicators.", nameof(indicators));
        }

        int met = 0, missing = 0;
        List<string>? missed = null, belowFloor = null;
        foreach (var r in indicators)
        {
            switch (r.Status)
            {
                case ItemStatus.Met: met++; break;
                case ItemStatus.Missing: missing++; break;
                default: (missed ??= []).Add(r.IndicatorCode); break;
            }
            if (r.AboveFloor == false)
            {
                (belowFloor ??= []).Add(r.IndicatorCode);
            }
        }

        var allowedMisses = indicators.Length - minIndicatorsMet;
        var fails = belowFloor is not null || (missed?.Count ?? 0) > allowedMisses;
        var first = indicators[0];
        return new SchoolComplianceResult
        {
            Year = first.Year,
            SchoolCode = first.SchoolCode,
            Level = first.Level,
            IndicatorsMet = met,
            IndicatorsMissing = missing,
            Status = fails ? ItemStatus.NotMet : missing > 0 ? ItemStatus.Missing : ItemStatus.Met,
            Missed = missed ?? (IReadOnlyList<string>)[],
            BelowFloor = belowFloor ?? (IReadOnlyList<string>)[],
        };
    }
}
