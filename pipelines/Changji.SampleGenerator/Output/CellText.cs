using System.Globalization;

namespace Changji.SampleGenerator.Output;

/// <summary>How a cell reads in a CSV file: invariant numbers without trailing zeros, blank for null.</summary>
public static class CellText
{
    public static string Of(object? value) => value switch
    {
        null => "",
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.####", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Unexpected cell type {value.GetType().Name}"),
    };

    public static string Quoted(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
