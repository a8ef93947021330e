using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Evaluation.County;

/// <summary>
/// G7: every special-education school gets at least the threshold in public funds per pupil.
/// No special-education school in the year's statistics is met, with a note saying so (docs/standard.md §2).
/// </summary>
internal static class SpecialEducationFundsRule
{
    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        var threshold = item.RequiredThreshold();
        var checks = new SubChecks();
        double? lowest = null;
        foreach (var school in context.Schools)
        {
            if (school.SchoolType != SchoolType.SpecialEducation)
            {
                continue;
            }

            var name = SubChecks.SchoolName(school);
            var students = school.PrimaryStudents + school.JuniorStudents + school.SeniorStudents;
            if (students <= 0 || context.Funding(school.SchoolCode)?.PublicFundsAllocated is not { } allocated)
            {
                checks.Missing(name);
                continue;
            }
            var perStudent = allocated / students;
            lowest = Math.Min(lowest ?? perStudent, perStudent);
            if (context.Meets(perStudent, item.Comparator, threshold))
            {
                checks.Met();
            }
            else
            {
                checks.Fail(school, ZhCn.Format("county.special_education_funds.below", ("value", Numbers.Show(perStudent)), ("threshold", Numbers.Show(threshold))));
            }
        }
        if (checks.Checked == 0)
        {
            return ItemResults.Create(item, context, ItemStatus.Met, ZhCn.Text("county.special_education_funds.none"), threshold: threshold);
        }

        return ItemResults.Create(item, context, checks.Status, ZhCn.Format("county.special_education_funds.note", ("note", checks.Note(ZhCn.Text("county.special_education_funds.kind")))),
            lowest, threshold, checks.Failures);
    }
}
