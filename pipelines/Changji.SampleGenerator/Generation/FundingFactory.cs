using Changji.Evaluation.Facts;
using Changji.SampleGenerator.County;

namespace Changji.SampleGenerator.Generation;

/// <summary>Builds one school's 学校经费数据 row for one year, amounts in 元 rounded to 100 元 (exact in 万元 to two decimals).</summary>
public static class FundingFactory
{
    public static SchoolFunding Build(int year, SchoolProfile school)
    {
        var random = Seeds.For(year, school, "funding");
        var budget = Budget(year, school, random);
        var training = Stories.TrainingExactlyAtFivePercent(year, school)
            ? budget * 0.05m
            : RoundUp100(budget * random.Next(52, 81) / 1000m);
        var allocated = decimal.Floor(budget * random.Next(970, 1001) / 1000m / 100m) * 100m;
        return new SchoolFunding
        {
            Year = year,
            SchoolCode = school.Code,
            SchoolName = school.Name,
            PublicFundsBudget = (double)budget,
            TrainingBudget = (double)training,
            PublicFundsAllocated = (double)allocated,
        };
    }

    private static decimal Budget(int year, SchoolProfile school, Random random)
    {
        var e = school.EnrolmentIn(year);
        var growth = 1m + (0.03m * (year - 2023));
        if (school.Type == SchoolType.SpecialEducation)
        {
            // G7: special schools are funded per pupil well above 6000 元.
            return RoundTo(random.Next(6800, 7401) * (e.Primary + e.Junior) * growth, 2000m);
        }

        var perPupil = (random.Next(1050, 1251) * e.Primary) + (random.Next(1350, 1601) * e.Junior) + (random.Next(1600, 1901) * e.Senior);
        var budget = RoundTo((perPupil * growth) + 30000m, 2000m);
        if (IsSmallRural(school, e))
        {
            // G6: a rural primary school or teaching point under 100 pupils is funded as if it had 100.
            var floor = (CountyFigures.PublicFundBasePrimary * 100m) + random.Next(8, 16) * 1000m;
            budget = Math.Max(budget, RoundTo(floor, 2000m));
        }

        return budget;
    }

    private static bool IsSmallRural(SchoolProfile school, Enrolment e) =>
        school.Type is SchoolType.Primary or SchoolType.TeachingPoint
        && school.UrbanRural == UrbanRural.Rural
        && e.Primary < 100;

    private static decimal RoundTo(decimal value, decimal step) => decimal.Round(value / step) * step;

    private static decimal RoundUp100(decimal value) => decimal.Ceiling(value / 100m) * 100m;
}
