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
    public static IReadOnlyList<TemplateFile> Build(int year, IReadOnlyList<TemplateSchool> schools)
    {
        ArgumentNullException.ThrowIfNull(schools);
        return
        [
            File(FileKind.Statistics, year, [.. schools.Select(s => Row(year, s, withType: true))]),
            File(FileKind.Funding, year, [.. schools.Select(s => Row(year, s, withType: false))]),
            File(FileKind.County, year, []),
        ];
    }

    private static TemplateFile File(FileKind kind, int year, IReadOnlyList<IReadOnlyDictionary<string, object>> rows) =>
        new(kind.ToChinese() + ".xlsx", TemplateWorkbook.Write(kind.ToChinese(), year, StewardColumns.Of(kind), rows));

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
