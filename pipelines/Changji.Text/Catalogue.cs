using System.Text.Json;

namespace Changji.Text;

/// <summary>
/// The parsed <c>zh-CN.json</c>: <c>labels</c> (group → code → label), <c>aliases</c> (group → alias → code)
/// and <c>templates</c> (key → text). A duplicate key anywhere fails the load, so no entry silently shadows another.
/// </summary>
internal sealed class Catalogue
{
    public const string ResourceName = "Changji.Text.zh-CN.json";

    private readonly Dictionary<string, Dictionary<string, string>> labelGroups;
    private readonly Dictionary<string, Dictionary<string, string>> aliasGroups;
    private readonly Dictionary<string, Template> parsedTemplates;

    private Catalogue(
        Dictionary<string, Dictionary<string, string>> labels,
        Dictionary<string, Dictionary<string, string>> aliases,
        Dictionary<string, string> templates)
    {
        labelGroups = labels;
        aliasGroups = aliases;
        TemplateTexts = templates;
        parsedTemplates = templates.ToDictionary(t => t.Key, t => Changji.Text.Template.Parse(t.Key, t.Value), StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, Dictionary<string, string>> Labels => labelGroups;
    public IReadOnlyDictionary<string, Dictionary<string, string>> AliasGroups => aliasGroups;
    public IReadOnlyDictionary<string, string> TemplateTexts { get; }

    public static Catalogue LoadEmbedded()
    {
        using var stream = typeof(Catalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new CatalogueTextException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static Catalogue Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = Object(doc.RootElement, "(root)");
        return new Catalogue(
            Groups(root, "labels"),
            Groups(root, "aliases"),
            Strings(Object(Child(root, "templates"), "templates"), "templates"));
    }

    public string Label(string group, string code) =>
        !labelGroups.TryGetValue(group, out var codes) ? throw new CatalogueTextException($"Unknown label group '{group}'.")
        : codes.TryGetValue(code, out var label) ? label
        : throw new CatalogueTextException($"Unknown code '{code}' in label group '{group}'.");

    public IReadOnlyDictionary<string, string> Aliases(string group) =>
        aliasGroups.TryGetValue(group, out var aliases) ? aliases
        : labelGroups.ContainsKey(group) ? new Dictionary<string, string>()
        : throw new CatalogueTextException($"Unknown label group '{group}'.");

    public Template Template(string key) =>
        parsedTemplates.TryGetValue(key, out var template) ? template : throw new CatalogueTextException($"Unknown template '{key}'.");

    private static Dictionary<string, Dictionary<string, string>> Groups(Dictionary<string, JsonElement> root, string name)
    {
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (group, element) in Object(Child(root, name), name))
        {
            result.Add(group, Strings(Object(element, $"{name}.{group}"), $"{name}.{group}"));
        }

        return result;
    }

    private static JsonElement Child(Dictionary<string, JsonElement> parent, string name) =>
        parent.TryGetValue(name, out var child) ? child : throw new CatalogueTextException($"zh-CN.json has no '{name}'.");

    private static Dictionary<string, JsonElement> Object(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new CatalogueTextException($"zh-CN.json: '{path}' must be an object.");
        }

        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!result.TryAdd(property.Name, property.Value))
            {
                throw new CatalogueTextException($"zh-CN.json: duplicate key '{property.Name}' in '{path}'.");
            }
        }

        return result;
    }

    private static Dictionary<string, string> Strings(Dictionary<string, JsonElement> entries, string path) =>
        entries.ToDictionary(
            e => e.Key,
            e => e.Value.ValueKind == JsonValueKind.String ? e.Value.GetString()! : throw new CatalogueTextException($"zh-CN.json: '{path}.{e.Key}' must be a string."),
            StringComparer.Ordinal);
}
