namespace Changji.Text;

/// <summary>
/// The zh-CN catalogue: labels of codes and message templates, all from <c>zh-CN.json</c>.
/// Every unknown group, code, key or placeholder throws: a silent fallback would show users a wrong word.
/// </summary>
public static class ZhCn
{
    private static readonly Lazy<Catalogue> Loaded = new(Catalogue.LoadEmbedded);

    internal static Catalogue Catalogue => Loaded.Value;

    /// <summary>The Chinese label of <paramref name="code"/> in <paramref name="group"/> (e.g. <c>item_status</c>, <c>met</c> → 达标).</summary>
    public static string Label(string group, string code) => Catalogue.Label(group, code);

    /// <summary>Extra spellings stewards write for codes of <paramref name="group"/> (alias → code); empty when none.</summary>
    public static IReadOnlyDictionary<string, string> Aliases(string group) => Catalogue.Aliases(group);

    /// <summary>A template with no placeholders.</summary>
    public static string Text(string key) => Catalogue.Template(key).Render(key, []);

    /// <summary>
    /// The template <paramref name="key"/> with each <c>{name}</c> replaced by the argument of that name.
    /// Numbers and dates are written with the invariant culture; format them yourself for any other shape.
    /// </summary>
    public static string Format(string key, params ReadOnlySpan<(string Name, object? Value)> args) =>
        Catalogue.Template(key).Render(key, args);
}
