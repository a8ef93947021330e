using System.Globalization;
using System.Text;
using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;

namespace Changji.Pipeline.Reports;

/// <summary>
/// The yearly self-evaluation report (自评报告) leaders read and sign: where the county stands against
/// the standard, what blocks acceptance, which schools lack what, and what is still being rectified.
/// Markdown, in Chinese, deterministic (no timestamps), rewritten whenever the year is recomputed.
/// </summary>
public static partial class SelfEvaluationReport
{
    /// <summary>National acceptance is due 2029-09, i.e. on the data of school year 2028 at the latest.</summary>
    public const int AcceptanceSchoolYear = 2028;

    /// <summary><c>{year}/自评报告-{year}学年.{extension}</c>: <c>md</c> is the source, <c>html</c> the page leaders open or print.</summary>
    public static string FileName(int year, string extension = "md") =>
        $"{year.ToString(CultureInfo.InvariantCulture)}/自评报告-{year.ToString(CultureInfo.InvariantCulture)}学年.{extension}";

    public static string Title(int year) => $"昌吉市县域义务教育优质均衡发展 {year}—{year + 1}学年自评报告";

    public static string Render(SelfEvaluationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sb = new StringBuilder();
        var e = input.Evaluation;
        sb.Append("# ").AppendLine(Title(e.Year)).AppendLine();
        sb.Append("评估依据：《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）；").Append(input.Profile.TitleZh)
          .Append("（标准版本 ").Append(input.Profile.Name).AppendLine("）。").AppendLine();
        Overview(sb, input);
        Resource(sb, input);
        Items(sb, input, Area.Guarantee, "四、政府保障程度");
        Items(sb, input, Area.Quality, "五、教育质量");
        Items(sb, input, Area.Recognition, "六、社会认可度");
        Rectification(sb, input);
        DataQuality(sb, input);
        return sb.ToString();
    }

    private static void Overview(StringBuilder sb, SelfEvaluationInput input)
    {
        var e = input.Evaluation;
        sb.AppendLine("## 一、总体结论").AppendLine();
        sb.Append("**").Append(e.Passed ? "四个方面全部达标。" : "尚未达到优质均衡标准。").AppendLine("**").AppendLine();
        var left = AcceptanceSchoolYear - e.Year;
        sb.AppendLine(left > 0
            ? $"距 2029 年 9 月国家督导评估认定，还有 {left} 个学年的数据可用于整改。"
            : "本学年数据即为国家督导评估认定所依据的数据。").AppendLine();
        var table = new MarkdownTable("方面", "结论", "制约项");
        foreach (var a in e.Areas)
        {
            table.Add(a.Area.ToChinese(), a.Status.ToChinese(), Named(input.Profile, a.Blocking));
        }

        table.WriteTo(sb);
    }

    private static void Resource(StringBuilder sb, SelfEvaluationInput input)
    {
        var e = input.Evaluation;
        var names = input.Facts.Schools.ToDictionary(s => s.SchoolCode, s => s.SchoolName, StringComparer.Ordinal);
        sb.AppendLine("## 二、资源配置：学校达标情况").AppendLine();
        var inScope = e.Units.Where(u => u.InScope).ToList();
        sb.Append("纳入评估的学校（学段）").Append(inScope.Count).Append(" 个，达标 ").Append(e.Compliance.Count(c => c.Passed))
          .Append(" 个。不纳入评估：").Append(e.Units.Count(u => !u.InScope)).AppendLine(" 个（特殊教育学校、不足 50 人的教学点等）。").AppendLine();
        var failing = e.Compliance.Where(c => !c.Passed).ToList();
        if (failing.Count > 0)
        {
            var gaps = e.SchoolIndicators.Where(r => r.Met == false).ToLookup(r => (r.SchoolCode, r.Level));
            var table = new MarkdownTable("学校", "学段", "达标项数", "未达标指标", "低于85%", "差距");
            foreach (var c in failing)
            {
                table.Add($"{names.GetValueOrDefault(c.SchoolCode, c.SchoolCode)}（{c.SchoolCode}）", c.Level.ToChinese(),
                    $"{c.IndicatorsMet}/7", string.Join("、", c.Missed), c.BelowFloor.Count == 0 ? "无" : string.Join("、", c.BelowFloor),
                    string.Join("；", gaps[(c.SchoolCode, c.Level)].Select(r => $"{r.IndicatorCode} 缺 {Gap(r.Gap, IndicatorText.NumeratorUnit(input.Profile, r.IndicatorCode))}")));
            }

            table.WriteTo(sb);
        }

        sb.AppendLine("## 三、资源配置：校际差异系数").AppendLine();
        var cv = new MarkdownTable("指标", "学段", "学校数", "差异系数", "限值", "结论");
        foreach (var v in e.Variation)
        {
            cv.Add($"{v.IndicatorCode} {input.Profile.Get(v.IndicatorCode).NameZh}", v.Level.ToChinese(), v.Schools.ToString(CultureInfo.InvariantCulture),
                v.Cv?.ToString("0.000", CultureInfo.InvariantCulture) ?? "—", v.CvLimit.ToString("0.00", CultureInfo.InvariantCulture), v.Status.ToChinese());
        }

        cv.WriteTo(sb);
    }

    private static string Named(Profile profile, IReadOnlyCollection<string> codes) =>
        codes.Count == 0 ? "无" : IndicatorText.Named(profile, codes);

    /// <summary>Teachers and rooms come whole: 0.49 teachers missing means one more teacher.</summary>
    private static string Gap(double? gap, string unit) => unit is "人" or "间" && gap is { } g
        ? $"{Math.Ceiling(g - 1e-9).ToString("0", CultureInfo.InvariantCulture)} {unit}"
        : $"{Num(gap)} {unit}";

    private static string Num(double? value) => IndicatorText.Number(value, "—");
}
