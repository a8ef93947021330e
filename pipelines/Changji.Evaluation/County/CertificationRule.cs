using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;
using Changji.Text;

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
            if (school.CertifiedTeachers is { } count)
            {
                certified += count;
            }
            else
            {
                lacking.Missing(SubChecks.SchoolName(school));
            }
        }
        // A school without the count would silently lower (or raise) the rate: report the item missing.
        if (lacking.Checked > 0)
        {
            return ItemResults.Create(item, context, ItemStatus.Missing, lacking.Note(ZhCn.Text("county.certification.kind")), threshold: threshold);
        }

        if (teachers == 0)
        {
            return ItemResults.Missing(item, context, ZhCn.Text("county.certification.teachers"), threshold);
        }

        var rate = 100.0 * certified / teachers;
        var met = context.Meets(rate, item.Comparator, threshold);
        var note = ZhCn.Format("county.certification.note", ("certified", certified), ("teachers", teachers), ("rate", Numbers.Show(rate)));
        return ItemResults.Create(item, context, met ? ItemStatus.Met : ItemStatus.NotMet, note, rate, threshold);
    }
}
