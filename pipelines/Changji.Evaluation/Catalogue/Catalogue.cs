using System.Reflection;
using System.Text.Json.Nodes;

namespace Changji.Evaluation.Catalogue;

/// <summary>
/// The versioned standard as data: named profiles parsed from JSON, with <c>basedOn</c> inheritance
/// (overrides by code, additions appended). Immutable: <see cref="With"/> returns a new catalogue.
/// </summary>
public sealed class Catalogue
{
    /// <summary>The profile this county uses unless told otherwise (docs/standard.md intro).</summary>
    public const string DefaultProfileName = "changji-2022";
    private const string ResourcePrefix = "Changji.Evaluation.Profiles.";

    private static readonly Lazy<Catalogue> BuiltinCatalogue = new(LoadBuiltin);
    private readonly Dictionary<string, JsonObject> documents;
    private readonly Dictionary<string, Profile> profiles;

    private Catalogue(Dictionary<string, JsonObject> documents)
    {
        this.documents = documents;
        profiles = new Dictionary<string, Profile>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in documents.Keys.Order(StringComparer.Ordinal))
        {
            profiles[name] = Resolve(name, []);
        }

        Profiles = profiles.Values.ToArray();
    }

    /// <summary>Every profile embedded in this assembly (Catalogue/Profiles/*.json).</summary>
    public static Catalogue Builtin => BuiltinCatalogue.Value;

    /// <summary>Profiles ordered by name.</summary>
    public IReadOnlyList<Profile> Profiles { get; }
    public IReadOnlyList<string> Names => Profiles.Select(p => p.Name).ToArray();
    public Profile Default => Get(DefaultProfileName);

    /// <summary>A catalogue of exactly these profile documents (basedOn resolved among them, in any order).</summary>
    public static Catalogue Parse(params string[] jsons) => new Catalogue([]).With(jsons);

    /// <summary>This catalogue plus the given profile documents, which may be based on profiles already here.</summary>
    public Catalogue With(params string[] jsons)
    {
        var next = new Dictionary<string, JsonObject>(documents, StringComparer.OrdinalIgnoreCase);
        foreach (var json in jsons)
        {
            var doc = ProfileReader.ParseObject(json);
            var name = ProfileReader.NameOf(doc);
            if (!next.TryAdd(name, doc))
            {
                throw new CatalogueException($"Profile {name} is defined twice.");
            }
        }
        return new Catalogue(next);
    }

    public Profile Get(string name) =>
        profiles.TryGetValue(name, out var profile)
            ? profile
            : throw new CatalogueException($"No profile '{name}'; known: {string.Join(", ", profiles.Keys)}.");

    public bool TryGet(string name, out Profile profile) => profiles.TryGetValue(name, out profile!);

    private Profile Resolve(string name, HashSet<string> visiting) =>
        ProfileReader.Read(ResolveJson(name, visiting), ProfileReader.BasedOnOf(documents[name]));

    private JsonObject ResolveJson(string name, HashSet<string> visiting)
    {
        if (!documents.TryGetValue(name, out var doc))
        {
            throw new CatalogueException($"Profile '{name}' is referenced by basedOn but not defined.");
        }

        if (!visiting.Add(name))
        {
            throw new CatalogueException($"Profile '{name}' inherits from itself.");
        }

        var basedOn = ProfileReader.BasedOnOf(doc);
        return basedOn is null ? doc : ProfileMerger.Merge(ResolveJson(basedOn, visiting), doc);
    }

    private static Catalogue LoadBuiltin()
    {
        var assembly = typeof(Catalogue).Assembly;
        var jsons = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => ReadResource(assembly, n))
            .ToArray();
        return Parse(jsons);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
                           ?? throw new CatalogueException($"Embedded profile {name} is unreadable.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
