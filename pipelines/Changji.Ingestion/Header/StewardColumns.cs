using Changji.Ingestion.Rows;
using Changji.Text;

namespace Changji.Ingestion.Header;

/// <summary>
/// The ingestion's own column specs, published for whatever writes files for stewards (the xlsx
/// templates), so a template's headers and lists are the ones the ingestion reads — never a copy.
/// </summary>
public static class StewardColumns
{
    /// <summary>The columns of one kind in the order of docs/input-files.md.</summary>
    public static IReadOnlyList<StewardColumn> Of(FileKind kind) => [.. KindSchemas.For(kind).Columns.Select(View)];

    private static StewardColumn View(ColumnSpec spec)
    {
        var choices = ChoicesOf(spec.Key);
        var value = choices.Count > 0 ? StewardValue.Choice
            : spec.WholeNumber ? StewardValue.WholeNumber
            : spec.Dimension != Dimension.None ? StewardValue.Amount
            : StewardValue.Text;
        return new(spec.Key, spec.Name, ZhCn.Label("column", spec.Key), spec.DefaultUnit?.Label, spec.HeaderRequired, value, choices, ZhCn.Label("column_description", spec.Key));
    }

    // The same lists StatisticsRowReader chooses from.
    private static IReadOnlyList<string> ChoicesOf(string key) => key switch
    {
        "school_type" => ChineseChoices.SchoolTypes.Labels,
        "urban_rural" => ChineseChoices.UrbanRural.Labels,
        "sponsor" => ChineseChoices.Sponsors.Labels,
        _ => [],
    };
}
