using Changji.Evaluation.Facts;

namespace Changji.Ingestion;

/// <summary>A closed list of values a column accepts, by Chinese name (English enum names also accepted).</summary>
internal sealed class Choice<T>(string code, IReadOnlyList<(string Chinese, T Value)> names, params (string Alias, T Value)[] aliases)
    where T : struct, Enum
{
    private readonly Dictionary<string, T> _byName = Build(names, aliases);

    public string Code { get; } = code;

    public string Expected { get; } = "应为 " + string.Join("、", names.Select(n => n.Chinese)) + " 之一";

    public string ChineseOf(T value) => names.First(n => EqualityComparer<T>.Default.Equals(n.Value, value)).Chinese;

    public bool TryParse(string text, out T value) => _byName.TryGetValue(HeaderText.Normalize(text), out value);

    private static Dictionary<string, T> Build(IReadOnlyList<(string Chinese, T Value)> names, (string Alias, T Value)[] aliases)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (chinese, value) in names) map[HeaderText.Normalize(chinese)] = value;
        foreach (var (alias, value) in aliases) map[HeaderText.Normalize(alias)] = value;
        foreach (var value in Enum.GetValues<T>()) map[HeaderText.Normalize(value.ToString())] = value;
        return map;
    }
}

/// <summary>The closed lists of 学校基础数据 (input-files.md §1).</summary>
internal static class ChineseChoices
{
    public static Choice<SchoolType> SchoolTypes { get; } = new(FindingCodes.UnknownSchoolType,
        [
            ("小学", SchoolType.Primary),
            ("初级中学", SchoolType.Junior),
            ("九年一贯制学校", SchoolType.NineYear),
            ("完全中学", SchoolType.Complete),
            ("十二年一贯制学校", SchoolType.TwelveYear),
            ("教学点", SchoolType.TeachingPoint),
            ("特殊教育学校", SchoolType.SpecialEducation),
        ],
        ("九年一贯制", SchoolType.NineYear),
        ("十二年一贯制", SchoolType.TwelveYear));

    public static Choice<UrbanRural> UrbanRural { get; } = new(FindingCodes.UnknownUrbanRural,
        [("城区", Changji.Evaluation.Facts.UrbanRural.Urban), ("镇区", Changji.Evaluation.Facts.UrbanRural.Town), ("乡村", Changji.Evaluation.Facts.UrbanRural.Rural)]);

    public static Choice<Sponsor> Sponsors { get; } = new(FindingCodes.UnknownSponsor,
        [("公办", Sponsor.Public), ("民办", Sponsor.Private)]);
}
