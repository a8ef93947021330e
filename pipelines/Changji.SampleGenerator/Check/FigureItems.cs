using Changji.Evaluation.Facts;
using static Changji.SampleGenerator.Check.CountyNumbers;

namespace Changji.SampleGenerator.Check;

/// <summary>County items computed from the county file (evidence, G8–G15, Q1–Q9, S1, C1, C2).</summary>
public static class FigureItems
{
    public static IEnumerable<ItemCheck> Evaluate(IReadOnlyList<CountyFigure> figures, IReadOnlyList<CountyFigure>? previous)
    {
        var f = new FigureLookup(figures);
        var evidence = figures.Where(x => x.Judgement.HasValue && x.Code.Length <= 3).ToList();
        yield return new("evidence", evidence.All(x => x.Judgement == true), string.Join(" ", evidence.Select(x => $"{x.Code}={(x.Judgement == true ? "是" : "否")}")));
        yield return new("G8", f.Number("teacher_avg_salary") >= f.Number("civil_servant_avg_salary"),
            $"{f.Number("teacher_avg_salary"):0} vs {f.Number("civil_servant_avg_salary"):0}");
        yield return new("G9", AtLeast(f.Number("training_360_completion_rate"), 100), $"{f.Number("training_360_completion_rate")}%");
        var rotated = f.Number("rotated_teachers") / f.Number("rotation_eligible_teachers");
        var backbone = f.Number("rotated_backbone_teachers") / f.Number("rotated_teachers");
        yield return new("G11", AtLeast(rotated, RotationShare) && AtLeast(backbone, RotationBackboneShare), $"rotated {rotated:P1}, backbone {backbone:P1}");
        yield return new("G13", AtLeast(f.Number("nearby_enrollment_primary_rate"), NearbyPrimary) && AtLeast(f.Number("nearby_enrollment_junior_rate"), NearbyJunior),
            $"{f.Number("nearby_enrollment_primary_rate")}% / {f.Number("nearby_enrollment_junior_rate")}%");
        yield return new("G14", AtLeast(f.Number("quality_hs_quota_rate"), QuotaRate), $"{f.Number("quality_hs_quota_rate")}%");
        yield return new("G15", AtLeast(f.Number("migrant_public_rate"), MigrantRate) && f.Judgement("left_behind_care_system"), $"{f.Number("migrant_public_rate")}%");
        yield return new("Q1", AtLeast(f.Number("junior_retention_rate"), Retention), $"{f.Number("junior_retention_rate")}%");
        var disabled = f.Number("disabled_enrollment_rate");
        yield return new("Q2 national", AtLeast(disabled, DisabledNational), $"{disabled}%");
        yield return new("Q2 changji", AtLeast(disabled, DisabledChangji), $"{disabled}%");
        yield return new("Q9", f.Judgement("quality_monitoring_level3") && f.Number("quality_monitoring_difference_rate") < DifferenceRateBelow,
            $"difference rate {f.Number("quality_monitoring_difference_rate")}");
        yield return new("S1", AtLeast(f.Number("social_recognition_rate"), Recognition), $"{f.Number("social_recognition_rate")}%");
        yield return new("C1", f.Number("dropout_students") == 0, $"{f.Number("dropout_students")} dropouts");
        yield return ThreeGrowths(f, previous);
    }

    private static ItemCheck ThreeGrowths(FigureLookup f, IReadOnlyList<CountyFigure>? previous)
    {
        if (previous is null)
        {
            return new("C2", null, "no previous year");
        }

        var p = new FigureLookup(previous);
        double Growth(string code) => (f.Number(code) / p.Number(code)) - 1;
        var appropriation = Growth("edu_appropriation");
        var revenue = Growth("fiscal_recurrent_revenue");
        var expense = Growth("per_student_edu_expense");
        var publicFunds = Growth("per_student_public_funds");
        var pay = Growth("teacher_avg_salary");
        var met = appropriation > revenue && expense > 0 && publicFunds > 0 && pay > 0;
        return new("C2", met,
            $"appropriation {appropriation:+0.00%;-0.00%} vs revenue {revenue:+0.00%;-0.00%}, per-student expense {expense:+0.00%;-0.00%}, public funds {publicFunds:+0.00%;-0.00%}, pay {pay:+0.00%;-0.00%}");
    }
}
