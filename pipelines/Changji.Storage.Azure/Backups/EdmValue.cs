using System.Globalization;

namespace Changji.Storage.Azure.Backups;

/// <summary>
/// A table property as its EDM type and invariant text, so a restore writes back the very type and value
/// (an Int64 stays an Int64, a Double keeps every bit, a DateTime its 100 ns ticks) whatever JSON does with numbers.
/// </summary>
public static class EdmValue
{
    public const string String = "Edm.String";
    public const string Int32 = "Edm.Int32";
    public const string Int64 = "Edm.Int64";
    public const string Double = "Edm.Double";
    public const string Boolean = "Edm.Boolean";
    public const string DateTime = "Edm.DateTime";
    public const string Guid = "Edm.Guid";
    public const string Binary = "Edm.Binary";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static (string Type, string Text) Encode(object value) => value switch
    {
        string s => (String, s),
        int i => (Int32, i.ToString(Invariant)),
        long l => (Int64, l.ToString(Invariant)),
        double d => (Double, d.ToString("R", Invariant)),
        bool b => (Boolean, b ? "true" : "false"),
        DateTimeOffset t => (DateTime, t.UtcDateTime.ToString("O", Invariant)),
        System.DateTime t => (DateTime, t.ToUniversalTime().ToString("O", Invariant)),
        System.Guid g => (Guid, g.ToString("D")),
        byte[] bytes => (Binary, Convert.ToBase64String(bytes)),
        BinaryData data => (Binary, Convert.ToBase64String(data.ToArray())),
        _ => throw new NotSupportedException($"A table property of type {value.GetType()} has no EDM type."),
    };

    public static object Decode(string type, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return type switch
        {
            String => text,
            Int32 => int.Parse(text, NumberStyles.Integer, Invariant),
            Int64 => long.Parse(text, NumberStyles.Integer, Invariant),
            Double => double.Parse(text, NumberStyles.Float, Invariant),
            Boolean => bool.Parse(text),
            DateTime => new DateTimeOffset(System.DateTime.Parse(text, Invariant, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero),
            Guid => System.Guid.ParseExact(text, "D"),
            Binary => Convert.FromBase64String(text),
            _ => throw new SnapshotFormatException($"Unknown EDM type '{type}'."),
        };
    }
}
