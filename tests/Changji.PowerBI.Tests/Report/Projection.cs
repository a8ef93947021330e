using System.Text.Json;

namespace Changji.PowerBI.Tests.Report;

/// <summary>One projection of a visual's queryState: the role it fills and its queryRef.</summary>
public sealed record Projection(string File, string Role, string QueryRef, VisualField? Field)
{
    public static IReadOnlyList<Projection> In(string file)
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(file));
        if (!document.RootElement.TryGetProperty("visual", out var visual)
            || !visual.TryGetProperty("query", out var query)
            || !query.TryGetProperty("queryState", out var state))
        {
            return [];
        }

        var result = new List<Projection>();
        foreach (var role in state.EnumerateObject())
        {
            foreach (var projection in role.Value.GetProperty("projections").EnumerateArray())
            {
                var field = projection.GetProperty("field").EnumerateObject().First();
                var entity = field.Value.GetProperty("Expression").GetProperty("SourceRef").GetProperty("Entity").GetString() ?? "";
                var property = field.Value.GetProperty("Property").GetString() ?? "";
                result.Add(new Projection(file, role.Name, projection.GetProperty("queryRef").GetString() ?? "",
                    new VisualField(file, field.Name, entity, property)));
            }
        }

        return result;
    }
}
