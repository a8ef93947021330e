using Changji.Evaluation.Facts;
using Changji.Ingestion;
using Changji.Ingestion.Header;

namespace Changji.Pipeline.Templates;

/// <summary>
/// Builds the three steward templates (docs/outputs.md §4) from the ingestion's own column specs, so a
/// filled template is read back with no findings. Pure: bytes in memory, no I/O.
/// </summary>
public static class StewardTemplates
{
    public static IReadOnlyList<TemplateFile> Build(int year, IReadOnlyList<TemplateSchool> schools) =>
        [.. FileKindCodes.Map.Values.Select(kind => Build(kind, year, schools))];

    /// <summary>One kind's template: the school files list every school, the county file starts empty.</summary>
    public static TemplateFile Build(FileKind kind, int year, IReadOnlyList<TemplateSchool> schools)
    {
        ArgumentNullException.ThrowIfNull(schools);
        IReadOnlyList<IReadOnlyDictionary<string, object>> rows = kind switch
        {
            FileKind.Statistics => [.. schools.Select(s => Row(year, s, withType: true))],
            FileKind.Funding => [.. schools.Select(s => Row(year, s, withType: false))],
            _ => [],
        };
        return new(kind.ToChinese() + ".xlsx", TemplateWorkbook.Write(kind.ToChinese(), year, StewardColumns.Of(kind), rows));
    }

    private static Dictionary<string, object> Row(int year, TemplateSchool school, bool withType)
    {
        var row = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["year"] = year,
            ["school_code"] = school.Code,
            ["school_name"] = school.Name,
        };
        if (withType)
        {
            row["school_type"] = school.Type.ToChinese();
        }

        return row;
    }
}
