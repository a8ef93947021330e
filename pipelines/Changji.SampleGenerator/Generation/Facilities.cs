using Changji.Evaluation.Facts;
using Changji.SampleGenerator.Check;
using Changji.SampleGenerator.County;

namespace Changji.SampleGenerator.Generation;

/// <summary>A school's shared facilities: the L4–L7 numerators and the G3 specialist rooms.</summary>
public sealed record Facilities(
    decimal TeachingArea,
    decimal IndoorSportsArea,
    decimal SportsGroundArea,
    decimal EquipmentYuan,
    int MultimediaClassrooms)
{
    /// <summary>
    /// Aims each facility at a per-weighted-pupil value that meets every level the school teaches,
    /// so that after the §1.3 split both the primary and the junior unit land where the story wants.
    /// </summary>
    public static Facilities Build(int year, SchoolProfile school, Random random)
    {
        var enrolment = school.EnrolmentIn(year);
        var weighted = FacilityWeights.WeightedPupils(school.Type, enrolment.Primary, enrolment.Junior, enrolment.Senior);
        var indoor = IndoorSports(weighted, random);
        var teachingNet = Total(year, school, "L4", weighted, 1m, random);
        var sports = Total(year, school, "L5", weighted, 1m, random);
        var equipment = Total(year, school, "L6", weighted, 100m, random);
        var rooms = Total(year, school, "L7", weighted, 1m, random);
        if (sports < indoor)
        {
            throw new InvalidOperationException($"{school.Name} {year}: sports area below its gym");
        }

        return new(teachingNet + indoor, indoor, sports - indoor, equipment, (int)rooms);
    }

    private static decimal Total(int year, SchoolProfile school, string code, decimal weighted, decimal granularity, Random random)
    {
        var enrolment = school.EnrolmentIn(year);
        var levels = new List<SchoolLevel>();
        if (enrolment.Primary > 0)
        {
            levels.Add(SchoolLevel.Primary);
        }

        if (enrolment.Junior > 0)
        {
            levels.Add(SchoolLevel.Junior);
        }

        var perWeightedPupil = 0m;
        var factorOfBindingLevel = 1m;
        foreach (var level in levels)
        {
            var factor = Stories.For(year, school, level, code).Draw(random);
            if (factor < 1m && levels.Count > 1)
            {
                throw new InvalidOperationException("A deliberate facility miss needs a one-level school: the split would move both levels.");
            }

            var scale = StandardNumbers.IsPerHundred(code) ? 100m : 1m;
            var needed = StandardNumbers.Threshold(code, level) * factor / scale / FacilityWeights.Level(school.Type, level);
            if (needed > perWeightedPupil)
            {
                perWeightedPupil = needed;
                factorOfBindingLevel = factor;
            }
        }

        return Aim.Round(perWeightedPupil * weighted, factorOfBindingLevel, granularity);
    }

    /// <summary>Gym floor area grows with the school; small rural schools have none.</summary>
    private static decimal IndoorSports(decimal weightedPupils, Random random) => weightedPupils switch
    {
        >= 1000m => random.Next(120, 181) * 10m,
        >= 400m => random.Next(50, 91) * 10m,
        >= 100m => random.Next(20, 41) * 10m,
        _ => 0m,
    };
}
