using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Facts;
using Changji.Text;

namespace Changji.Ingestion.Rows;

/// <summary>
/// Which levels a school type must have students in — and no others (docs/input-files.md §1).
/// <paramref name="MayBeEmpty"/> is the column of the one upper level a 一贯制 school may lack this
/// year (no 初中 pupils at a 九年一贯制学校, no 高中 pupils at a 十二年一贯制学校): that is a warning,
/// and the school is evaluated for the levels it has.
/// </summary>
internal sealed record SchoolTypeLevels(bool Primary, bool Junior, bool Senior, string? MayBeEmpty = null)
{
    /// <summary>Null for a type with no fixed levels (特殊教育学校).</summary>
    public static SchoolTypeLevels? For(SchoolType type) => type switch
    {
        SchoolType.Primary or SchoolType.TeachingPoint => new(true, false, false),
        SchoolType.Junior => new(false, true, false),
        SchoolType.NineYear => new(true, true, false, "junior_students"),
        SchoolType.Complete => new(false, true, true),
        SchoolType.TwelveYear => new(true, true, true, "senior_students"),
        _ => null,
    };

    /// <summary>The types whose split between levels needs their 高中在校生数 (docs/input-files.md §1).</summary>
    public static bool NeedsSenior(SchoolType type) => For(type)?.Senior == true;

    /// <summary>E.g. 「应有小学在校生，初中、高中在校生数应为 0」.</summary>
    public string DescribeZh()
    {
        var levels = new[] { (Primary, SchoolLevel.Primary.ToChinese()), (Junior, SchoolLevel.Junior.ToChinese()), (Senior, ZhCn.Text("finding.type_level_mismatch.senior")) };
        var must = string.Join("、", levels.Where(l => l.Item1).Select(l => l.Item2));
        var none = string.Join("、", levels.Where(l => !l.Item1).Select(l => l.Item2));
        return none.Length == 0
            ? ZhCn.Format("finding.type_level_mismatch.levels", ("must", must))
            : ZhCn.Format("finding.type_level_mismatch.levels_and_none", ("must", must), ("none", none));
    }
}
