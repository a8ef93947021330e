using System.Globalization;
using Changji.Evaluation.Catalogue;
using Changji.Text;

namespace Changji.Pipeline;

/// <summary>How indicators and amounts read in Chinese text: alert messages, the verdict note, the self-evaluation report.</summary>
public static class IndicatorText
{
    /// <summary>"L2 每百名学生拥有县级以上骨干教师数；G5 班额" — codes with their names, in the order given.</summary>
    public static string Named(Profile profile, IEnumerable<string> codes) =>
        string.Join("；", codes.Select(c => profile.TryGet(c, out var item) ? ZhCn.Format("indicator.named", ("code", c), ("name", item.NameZh)) : c));

    /// <summary>The unit of an L indicator's numerator (人, 平方米, 元, 间): the unit a gap is counted in.</summary>
    public static string NumeratorUnit(Profile profile, string code) => profile.Get(code).Unit.Split('/')[0];

    /// <summary>The school rule's floor as a percentage of the threshold, e.g. "85" for a floor ratio of 0.85.</summary>
    public static string FloorPercent(Profile profile) =>
        Math.Round(profile.Resource.FloorRatio * 100, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A figure rounded to 2 decimals with thousands separators (240,000; 0.49), or <paramref name="missing"/>.</summary>
    public static string Number(double? value, string missing) =>
        value is null ? missing : Math.Round(value.Value, 2).ToString("#,0.##", CultureInfo.InvariantCulture);
}
