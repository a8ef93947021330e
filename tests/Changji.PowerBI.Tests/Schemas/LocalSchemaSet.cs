using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Changji.PowerBI.Tests.Schemas;

/// <summary>
/// The official Fabric schemas copied under powerbi/schemas, registered under the URL their path implies.
/// Eleven upstream files declare an <c>$id</c> that differs from their path while others <c>$ref</c> them
/// by path, so each <c>$id</c> is rewritten before building; no network is ever used.
/// </summary>
public sealed class LocalSchemaSet
{
    public const string BaseUrl = "https://developer.microsoft.com/json-schemas/";

    private readonly Dictionary<string, JsonSchema> schemaByUrl;

    private LocalSchemaSet(Dictionary<string, JsonSchema> byUrl) => schemaByUrl = byUrl;

    public IReadOnlyCollection<string> Urls => schemaByUrl.Keys;

    public static LocalSchemaSet Load(string schemasRoot)
    {
        var pending = Directory.EnumerateFiles(schemasRoot, "*.json", SearchOption.AllDirectories)
            .ToDictionary(file => BaseUrl + Path.GetRelativePath(schemasRoot, file).Replace('\\', '/'), WithIdFromPath);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var built = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);

        // A schema builds only once the schemas it references are registered: retry until no progress.
        while (pending.Count > 0)
        {
            var progress = false;
            foreach (var (url, text) in pending.ToList())
            {
                if (TryBuild(text, url, options) is { } schema)
                {
                    built[url] = schema;
                    pending.Remove(url);
                    progress = true;
                }
            }

            if (!progress)
            {
                throw new InvalidOperationException("Unresolvable schemas: " + string.Join(", ", pending.Keys));
            }
        }

        return new LocalSchemaSet(built);

        string WithIdFromPath(string file)
        {
            var node = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            node["$id"] = BaseUrl + Path.GetRelativePath(schemasRoot, file).Replace('\\', '/');
            return node.ToJsonString();
        }
    }

    public JsonSchema ForUrl(string url) =>
        schemaByUrl.TryGetValue(url, out var schema)
            ? schema
            : throw new KeyNotFoundException($"No local copy of schema {url}.");

    public EvaluationResults Validate(JsonElement instance)
    {
        var url = instance.GetProperty("$schema").GetString() ?? "";
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
        return ForUrl(url).Evaluate(instance, options);
    }

    private static JsonSchema? TryBuild(string text, string url, BuildOptions options)
    {
        try
        {
            return JsonSchema.FromText(text, options, new Uri(url));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }
}
