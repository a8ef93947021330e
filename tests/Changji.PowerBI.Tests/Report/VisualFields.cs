using System.Text.Json;

namespace Changji.PowerBI.Tests.Report;

/// <summary>Finds every Column/Measure field reference anywhere in a PBIR file (projections, sorts, filters, objects).</summary>
public static class VisualFields
{
    private static readonly string[] Kinds = ["Column", "Measure"];

    public static IReadOnlyList<VisualField> In(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var found = new List<VisualField>();
        Walk(document.RootElement, file, found);
        return found;
    }

    private static void Walk(JsonElement element, string file, List<VisualField> found)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, file, found);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (Kinds.Contains(property.Name) && EntityOf(property.Value) is { } entity
                && property.Value.TryGetProperty("Property", out var name))
            {
                found.Add(new VisualField(file, property.Name, entity, name.GetString() ?? ""));
            }

            Walk(property.Value, file, found);
        }
    }

    private static string? EntityOf(JsonElement field) =>
        field.ValueKind == JsonValueKind.Object
        && field.TryGetProperty("Expression", out var expression)
        && expression.TryGetProperty("SourceRef", out var sourceRef)
        && sourceRef.TryGetProperty("Entity", out var entity)
            ? entity.GetString()
            : null;
}
