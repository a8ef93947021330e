using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Changji.Pipeline;

/// <summary>
/// The one JSON shape for payloads in the information database and for alert message bodies:
/// camelCase, enums as names, Chinese and symbols such as ≥ or &gt; left readable (not \u-escaped):
/// these payloads are data, never embedded in HTML.
/// </summary>
public static class PipelineJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>The options of a <see cref="Utf8JsonWriter"/> that writes exactly what <see cref="Serialize{T}(T)"/> returns, as UTF-8.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = Options.Encoder, Indented = Options.WriteIndented };

    /// <summary>
    /// Writes <paramref name="value"/> as <see cref="Serialize{T}(T)"/> would, as UTF-8 into a writer made with
    /// <see cref="WriterOptions"/>: a store writing many rows reuses one buffer instead of a string per row.
    /// </summary>
    public static void Serialize<T>(Utf8JsonWriter writer, T value) => JsonSerializer.Serialize(writer, value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"Empty JSON payload for {typeof(T).Name}.");
}
