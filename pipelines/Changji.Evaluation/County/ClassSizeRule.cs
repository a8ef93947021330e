using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Evaluation.County;

/// <summary>G5 班额: the largest primary class ≤ 45 and the largest junior class ≤ 50, in every school.</summary>
internal static class ClassSizeRule
{
    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        var primaryMax = item.Parameter("primaryMaxClassSize");
        var juniorMax = item.Parameter("juniorMaxClassSize");
        var checks = new SubChecks();
        foreach (var school in context.Schools)
        {
            if (school.SchoolType == SchoolType.SpecialEducation)
            {
                continue;
            }

            var problems = new List<string>();
            var lacks = false;
            Check(SchoolLevel.Primary.ToChinese(), school.PrimaryClasses, school.PrimaryMaxClassSize, primaryMax);
            Check(SchoolLevel.Junior.ToChinese(), school.JuniorClasses, school.JuniorMaxClassSize, juniorMax);
            var name = SubChecks.SchoolName(school);
            if (problems.Count > 0)
            {
                checks.Fail(school, string.Join("；", problems));
            }
            else if (lacks)
            {
                checks.Missing(name);
            }
            else if (school.PrimaryClasses + school.JuniorClasses > 0)
            {
                checks.Met();
            }

            void Check(string level, int classes, int? largest, double max)
            {
                if (classes <= 0)
                {
                    return;
                }

                if (largest is not { } size) { lacks = true; return; }
                if (!context.Meets(size, Comparator.AtMost, max))
                {
                    problems.Add(ZhCn.Format("county.class_size.over", ("level", level), ("size", size), ("max", max)));
                }
            }
        }
        return ItemResults.Create(item, context, checks.Status, checks.Note(ZhCn.Text("county.kind.schools")), checks.MetPercent, 100, checks.Failures);
    }
}
