using Changji.Evaluation.Facts;
using Changji.Ingestion;
using Changji.Pipeline.Curated;
using Changji.Text;

namespace Changji.Pipeline.Recompute;

/// <summary>
/// Checks across files of one year, re-run on every recompute so a warning lasts exactly until the
/// data that answers it arrives (docs/input-files.md §2: a funding row's school must be in the statistics).
/// </summary>
public static class CrossFileChecks
{
    public static IEnumerable<FactDataQualityRow> Run(CountyYear year)
    {
        if (year.Funding.Count == 0)
        {
            yield break;
        }

        var schools = year.Schools.Select(s => s.SchoolCode).ToHashSet(StringComparer.Ordinal);
        foreach (var f in year.Funding.Where(f => !schools.Contains(f.SchoolCode)))
        {
            yield return new FactDataQualityRow
            {
                Year = year.Year,
                File = FileKind.Funding.ToChinese(),
                Column = ZhCn.Text("cross_file.funding_school_unknown.column"),
                Value = f.SchoolCode,
                Severity = "warning",
                Code = "funding_school_unknown",
                MessageZh = ZhCn.Format("cross_file.funding_school_unknown", ("year", year.Year), ("school_code", f.SchoolCode), ("school_name", f.SchoolName)),
            };
        }
    }
}
