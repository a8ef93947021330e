using System.Text.Json;
using Changji.Pipeline.Counties;

namespace Changji.Storage.Azure.Queues;

/// <summary>
/// A message on <c>recompute-requests</c>, plain JSON or Base64 of it (<see cref="QueueMessageText"/>):
/// <c>{"year":2024}</c>, recompute from that school year on (every county, fanned out when the store holds several),
/// or <c>{"year":2024,"county":"652302"}</c>, that county alone from that year on (docs/azure.md, issue 10),
/// or <c>{"year":2024,"region":true}</c>, the step spanning counties of that year alone (<see cref="IsRegion"/>).
/// </summary>
public static class RecomputeRequest
{
    public static string Create(int year) => JsonSerializer.Serialize(new { year });

    /// <param name="county">县级行政区划代码; null for the message without one.</param>
    public static string Create(int year, string? county) => county is null ? Create(year) : JsonSerializer.Serialize(new { year, county });

    /// <summary><c>{"year":N,"region":true}</c>: the step spanning counties of that year.</summary>
    public static string CreateRegion(int year) => JsonSerializer.Serialize(new { year, region = true });

    /// <summary>Whether the message asks for the step spanning counties of its year (<see cref="CreateRegion"/>) rather than a recompute.</summary>
    /// <exception cref="FormatException">Not a recompute request (<see cref="Of"/>), or <c>"region"</c> not a boolean or beside a county.</exception>
    public static bool IsRegion(string message)
    {
        var (_, county) = Of(message);
        using var document = JsonDocument.Parse(QueueMessageText.Decode(message));
        if (!document.RootElement.TryGetProperty("region", out var region) || region.ValueKind is JsonValueKind.False or JsonValueKind.Null)
        {
            return false;
        }

        return region.ValueKind == JsonValueKind.True && county is null
            ? true
            : throw new FormatException($"Recompute request's region must be true or false and without a county, not {region.GetRawText()}.");
    }

    /// <exception cref="FormatException">Not <c>{"year":N}</c> with a plausible year.</exception>
    public static int YearOf(string message) => Of(message).Year;

    /// <summary>The year and, when the message names one, the county (messages written before counties have none).</summary>
    /// <exception cref="FormatException">Not <c>{"year":N}</c> with a plausible year, or a county that is not six digits.</exception>
    public static (int Year, string? County) Of(string message)
    {
        try
        {
            using var document = JsonDocument.Parse(QueueMessageText.Decode(message));
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("year", out var year)
                && year.ValueKind == JsonValueKind.Number && year.TryGetInt32(out var value) && value is >= 2000 and <= 2100)
            {
                return (value, CountyOf(root));
            }
        }
        catch (JsonException error)
        {
            throw new FormatException("Recompute request is not JSON.", error);
        }

        throw new FormatException("Recompute request must be {\"year\":YYYY} or {\"year\":YYYY,\"county\":\"NNNNNN\"}.");
    }

    private static string? CountyOf(JsonElement root)
    {
        if (!root.TryGetProperty("county", out var county) || county.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return county.ValueKind == JsonValueKind.String && HomeCounty.IsCode(county.GetString())
            ? county.GetString()
            : throw new FormatException($"Recompute request's county must be a six-digit 县级行政区划代码, not {county.GetRawText()}.");
    }
}
