using System.Text.Json.Nodes;

namespace Changji.Evaluation.Catalogue;

/// <summary>
/// Applies <c>basedOn</c> inheritance on the JSON itself: objects merge key by key, the
/// <c>items</c> array merges by <c>code</c> (an override changes only the fields it states,
/// a new code is appended), any other value replaces. Working on JSON keeps a derived profile
/// as small as the change it makes ("G7 threshold 8000") with no code per field.
/// </summary>
internal static class ProfileMerger
{
    private const string ItemsKey = "items";
    private const string CodeKey = "code";

    public static JsonObject Merge(JsonObject baseProfile, JsonObject derived)
    {
        var result = (JsonObject)baseProfile.DeepClone();
        foreach (var (key, value) in derived)
        {
            if (key == ItemsKey && value is JsonArray items && result[ItemsKey] is JsonArray baseItems)
            {
                MergeItems(baseItems, items);
            }
            else
            {
                result[key] = MergeValue(result[key], value);
            }
        }
        return result;
    }

    private static JsonNode? MergeValue(JsonNode? baseValue, JsonNode? value)
    {
        if (baseValue is not JsonObject baseObject || value is not JsonObject overObject)
        {
            return value?.DeepClone();
        }

        var merged = (JsonObject)baseObject.DeepClone();
        foreach (var (key, child) in overObject)
        {
            merged[key] = MergeValue(merged[key], child);
        }

        return merged;
    }

    private static void MergeItems(JsonArray baseItems, JsonArray overrides)
    {
        foreach (var node in overrides)
        {
            var code = CodeOf(node);
            var index = IndexOf(baseItems, code);
            if (index < 0)
            {
                baseItems.Add(node?.DeepClone());
            }
            else
            {
                baseItems[index] = MergeValue(baseItems[index], node);
            }
        }
    }

    private static int IndexOf(JsonArray items, string code)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(CodeOf(items[i]), code, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    private static string CodeOf(JsonNode? item) =>
        item is JsonObject obj && obj[CodeKey] is JsonValue code && code.TryGetValue<string>(out var text)
            ? text
            : throw new CatalogueException("Every item of a profile needs a \"code\".");
}
