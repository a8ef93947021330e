using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Evaluation.County;

/// <summary>Builds a <see cref="CountyItemResult"/> for an item of the profile.</summary>
internal static class ItemResults
{
    public static CountyItemResult Create(IndicatorDefinition item, CountyContext context, ItemStatus status,
        string note, double? value = null, double? threshold = null, IReadOnlyList<ItemFailure>? failures = null) => new()
        {
            Year = context.Year,
            IndicatorCode = item.Code,
            Area = item.Area,
            Value = value,
            Threshold = threshold,
            Status = status,
            Note = note,
            Failures = failures ?? [],
        };

    public static CountyItemResult Missing(IndicatorDefinition item, CountyContext context, string what, double? threshold = null) =>
        Create(item, context, ItemStatus.Missing, ZhCn.Format("county.missing", ("what", what)), threshold: threshold);
}
