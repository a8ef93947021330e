using Changji.Evaluation.Facts;
using Changji.Ingestion.Findings;
using Changji.Ingestion.Header;
using Changji.Text;

namespace Changji.Ingestion.Rows;

/// <summary>
/// A closed list of values a column accepts: the catalogue's labels of <paramref name="map"/>, its parsing
/// aliases (九年一贯制 …), and the English enum names.
/// </summary>
internal sealed class Choice<T>(string code, CodeMap<T> map)
    where T : struct, Enum
{
    private readonly Dictionary<string, T> valueByName = Build(map);

    public string Code { get; } = code;

    /// <summary>The catalogue's labels in the enum's order: what a template's drop-down offers.</summary>
    public IReadOnlyList<string> Labels { get; } = [.. map.Values.Select(map.Label)];

    public string Expected { get; } = ZhCn.Format("finding.expected.one_of", ("choices", string.Join("、", map.Values.Select(map.Label))));

    // A key is its own normal form, so text equal to one needs no normalising (the usual cell: 小学, 城区, 公办).
    public bool TryParse(string text, out T value) => valueByName.TryGetValue(text, out value) || valueByName.TryGetValue(HeaderText.Normalize(text), out value);

    private static Dictionary<string, T> Build(CodeMap<T> map)
    {
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var value in map.Values)
        {
            byName[HeaderText.Normalize(map.Label(value))] = value;
        }

        foreach (var (alias, code) in ZhCn.Aliases(map.Group))
        {
            byName[HeaderText.Normalize(alias)] = map.Parse(code);
        }

        foreach (var value in Enum.GetValues<T>())
        {
            byName[HeaderText.Normalize(value.ToString())] = value;
        }

        return byName;
    }
}

/// <summary>The closed lists of 学校基础数据 (docs/input-files.md §1).</summary>
internal static class ChineseChoices
{
    public static Choice<SchoolType> SchoolTypes { get; } = new(FindingCodes.UnknownSchoolType, ChineseNames.SchoolTypes);

    public static Choice<UrbanRural> UrbanRural { get; } = new(FindingCodes.UnknownUrbanRural, ChineseNames.UrbanRurals);

    public static Choice<Sponsor> Sponsors { get; } = new(FindingCodes.UnknownSponsor, ChineseNames.Sponsors);
}
