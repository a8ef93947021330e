using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.Text;

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
                SchoolType.Primary or SchoolType.TeachingPoint => (school.PrimaryStudents, singleMax, SchoolLevel.Primary.ToChinese()),
                SchoolType.Junior => (school.JuniorStudents, singleMax, SchoolLevel.Junior.ToChinese()),
                SchoolType.Complete => (school.JuniorStudents, singleMax, ZhCn.Text("county.school_size.complete_junior")),
                SchoolType.NineYear or SchoolType.TwelveYear =>
                    (school.PrimaryStudents + school.JuniorStudents, combinedMax, ZhCn.Text("county.school_size.compulsory")),
                _ => null,
            };
            if (size is not { } s)
            {
                continue;
            }

            if (context.Meets(s.students, Comparator.AtMost, s.max))
            {
                checks.Met();
            }
            else
            {
                checks.Fail(school, ZhCn.Format("county.school_size.over", ("part", s.part), ("students", s.students), ("max", s.max)));
            }
        }
        return ItemResults.Create(item, context, checks.Status, checks.Note(ZhCn.Text("county.kind.schools")), checks.MetPercent, 100, checks.Failures);
    }
}
