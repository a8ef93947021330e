namespace Changji.Ingestion.Rows;

/// <summary>是 / 否 as stewards write it (also Excel TRUE/FALSE and yes/no).</summary>
internal static class YesNo
{
    private static readonly Dictionary<string, bool> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["是"] = true,
        ["否"] = false,
        ["true"] = true,
        ["false"] = false,
        ["yes"] = true,
        ["no"] = false,
    };

    public static bool TryParse(string text, out bool value) => Words.TryGetValue(text.Trim(), out value);
}
