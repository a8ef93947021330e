using System.Text.Json;

namespace Changji.Storage.Azure.Queues;

/// <summary>A message on <c>recompute-requests</c>: <c>{"year":2024}</c>, recompute from that school year on; plain JSON or Base64 of it (<see cref="QueueMessageText"/>).</summary>
public static class RecomputeRequest
{
    public static string Create(int year) => JsonSerializer.Serialize(new { year });

    /// <exception cref="FormatException">Not <c>{"year":N}</c> with a plausible year.</exception>
    public static int YearOf(string message)
    {
        try
        {
            using var document = JsonDocument.Parse(QueueMessageText.Decode(message));
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("year", out var year)
                && year.ValueKind == JsonValueKind.Number && year.TryGetInt32(out var value) && value is >= 2000 and <= 2100)
            {
                return value;
            }
        }
        catch (JsonException error)
        {
            throw new FormatException("Recompute request is not JSON.", error);
        }

        throw new FormatException("Recompute request must be {\"year\":YYYY}.");
    }
}
