using System.Text.Json;
using Changji.PowerBI.Tests.Infrastructure;

namespace Changji.PowerBI.Tests.Report;

/// <summary>Opens a page or a visual of the report by its folder names.</summary>
public static class ReportFiles
{
    public static string PagesFolder => Path.Combine(RepoPaths.ReportDefinition, "pages");

    public static string VisualFile(string page, string visual) => Path.Combine(PagesFolder, page, "visuals", visual, "visual.json");

    public static JsonElement Visual(string page, string visual) => Read(VisualFile(page, visual));

    public static JsonElement Page(string page) => Read(Path.Combine(PagesFolder, page, "page.json"));

    public static IReadOnlyList<string> Refs(string page, string visual) =>
        Projection.In(VisualFile(page, visual)).Select(p => p.QueryRef).ToList();

    public static IReadOnlyList<string> PageNames =>
        Directory.EnumerateDirectories(PagesFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static JsonElement Read(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return json.RootElement.Clone();
    }

    /// <summary>The Literal value of <c>objects.{card}[0].properties.{property}</c>, e.g. <c>'true'</c>.</summary>
    public static string Literal(JsonElement visual, string card, string property) =>
        visual.GetProperty("visual").GetProperty("objects").GetProperty(card)[0].GetProperty("properties").GetProperty(property)
            .GetProperty("expr").GetProperty("Literal").GetProperty("Value").GetString() ?? "";

    /// <summary>The measures that colour a visual's cells or labels (field-value conditional formatting).</summary>
    public static IReadOnlyList<string> ColourMeasures(JsonElement visual)
    {
        var found = new List<string>();
        if (!visual.GetProperty("visual").TryGetProperty("objects", out var objects))
        {
            return found;
        }

        foreach (var card in objects.EnumerateObject())
        {
            foreach (var entry in card.Value.EnumerateArray())
            {
                foreach (var property in entry.GetProperty("properties").EnumerateObject())
                {
                    if (property.Value.TryGetProperty("solid", out var solid)
                        && solid.GetProperty("color").GetProperty("expr").TryGetProperty("Measure", out var measure))
                    {
                        found.Add(measure.GetProperty("Property").GetString() ?? "");
                    }
                }
            }
        }

        return found;
    }
}
