using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Evaluation.County;

/// <summary>G8: teachers' average pay is not below the local civil servants' average.</summary>
internal static class TeacherPayRule
{
    public static CountyItemResult Evaluate(IndicatorDefinition item, CountyContext context)
    {
        if (context.Number("teacher_avg_salary") is not { } teachers)
        {
            return ItemResults.Missing(item, context, "teacher_avg_salary");
        }

        if (context.Number("civil_servant_avg_salary") is not { } civil)
        {
            return ItemResults.Missing(item, context, "civil_servant_avg_salary");
        }

        var required = civil * item.Parameter("minRatioToCivilServants");
        var met = context.Meets(teachers, item.Comparator, required);
        var note = ZhCn.Format("county.teacher_pay.note", ("teachers", Numbers.Show(teachers)), ("civil", Numbers.Show(civil)));
        return ItemResults.Create(item, context, met ? ItemStatus.Met : ItemStatus.NotMet, note, teachers, required);
    }
}
