using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;

namespace Changji.Evaluation.County;

/// <summary>G4 学校规模: single-level schools and a 完全中学's junior part ≤ 2000; 一贯制 compulsory part ≤ 2500.</summary>
internal static class SchoolSizeRule
{
    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        var singleMax = item.Parameter("singleLevelMaxStudents");
        var combinedMax = item.Parameter("combinedMaxStudents");
        var checks = new SubChecks();
        foreach (var school in context.Schools)
        {
            (int students, double max, string part)? size = school.SchoolType switch
            {
                SchoolType.Primary or SchoolType.TeachingPoint => (school.PrimaryStudents, singleMax, "小学"),
                SchoolType.Junior => (school.JuniorStudents, singleMax, "初中"),
                SchoolType.Complete => (school.JuniorStudents, singleMax, "初中部"),
                SchoolType.NineYear or SchoolType.TwelveYear =>
                    (school.PrimaryStudents + school.JuniorStudents, combinedMax, "义务教育阶段"),
                _ => null,
            };
            if (size is not { } s) continue;
            if (context.Meets(s.students, Comparator.AtMost, s.max)) checks.Met();
            else checks.Fail(SubChecks.SchoolName(school), $"{s.part}在校生{s.students}人，超过{s.max}人");
        }
        return ItemResults.Create(item, context, checks.Status, checks.Note("所学校"), checks.MetPercent, 100, checks.Failures);
    }
}
