using Changji.Evaluation.Facts;
using Changji.Pipeline.Curated;

namespace Changji.Pipeline.Recompute;

/// <summary>
/// Checks across files of one year, re-run on every recompute so a warning lasts exactly until the
/// data that answers it arrives (input-files.md §2: a funding row's school must be in the statistics).
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
                File = "学校经费数据",
                Column = "学校标识码",
                Value = f.SchoolCode,
                Severity = "warning",
                Code = "funding_school_unknown",
                MessageZh = $"{year.Year}学年 学校经费数据中的学校标识码「{f.SchoolCode}」（{f.SchoolName}）不在本学年的学校基础数据中：应为已报送基础数据的学校；补报基础数据后本提示自动消除。",
            };
        }
    }
}
