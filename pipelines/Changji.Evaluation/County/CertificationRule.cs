using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;

namespace Changji.Evaluation.County;

/// <summary>G12: Σ certified ÷ Σ (primary + junior full-time teachers) over every school in the file.</summary>
internal static class CertificationRule
{
    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        var threshold = item.RequiredThreshold();
        long certified = 0, teachers = 0;
        var lacking = new SubChecks();
        foreach (var school in context.Schools)
        {
            teachers += school.PrimaryTeachers + school.JuniorTeachers;
            if (school.CertifiedTeachers is { } count) certified += count;
            else lacking.Missing(SubChecks.SchoolName(school));
        }
        // A school without the count would silently lower (or raise) the rate: report the item missing.
        if (lacking.Checked > 0)
            return ItemResults.Create(item, context, ItemStatus.Missing, lacking.Note("所学校未填报持证教师数"), threshold: threshold);
        if (teachers == 0)
            return ItemResults.Missing(item, context, "专任教师数", threshold);
        var rate = 100.0 * certified / teachers;
        var met = context.Meets(rate, item.Comparator, threshold);
        var note = $"持证专任教师{certified}人，小学和初中专任教师{teachers}人，持证上岗率{Numbers.Show(rate)}%";
        return ItemResults.Create(item, context, met ? ItemStatus.Met : ItemStatus.NotMet, note, rate, threshold);
    }
}
